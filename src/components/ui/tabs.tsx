import * as RadixTabs from '@radix-ui/react-tabs'
import type { ReactNode } from 'react'

export type TabItem = { value: string; label: ReactNode; content: ReactNode }

type Props = {
  value: string
  onValueChange: (value: string) => void
  items: TabItem[]
  label: string
}

/** Accessible tabs (arrow keys, roles) from Radix; styled here once. */
export function Tabs({ value, onValueChange, items, label }: Props) {
  return (
    <RadixTabs.Root
      value={value}
      onValueChange={onValueChange}
      className="flex min-h-0 flex-1 flex-col"
    >
      <RadixTabs.List aria-label={label} className="flex shrink-0 border-b border-slate-200">
        {items.map((item) => (
          <RadixTabs.Trigger
            key={item.value}
            value={item.value}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-700 hover:text-slate-900 data-[state=active]:border-brand data-[state=active]:text-slate-900"
          >
            {item.label}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {items.map((item) => (
        <RadixTabs.Content
          key={item.value}
          value={item.value}
          className="min-h-0 flex-1 overflow-y-auto"
        >
          {item.content}
        </RadixTabs.Content>
      ))}
    </RadixTabs.Root>
  )
}
