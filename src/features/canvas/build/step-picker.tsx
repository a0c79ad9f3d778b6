import { Command } from 'cmdk'
import { useEffect, useRef, type ReactNode } from 'react'

export type PickerItem = {
  /** What picking it means to the caller (a step id, or `new:<TYPE>`). */
  value: string
  label: string
  hint: string
  group: string
  icon?: ReactNode
}

type Props = {
  /** The field's label, e.g. "Step to connect to". */
  label: string
  placeholder: string
  items: readonly PickerItem[]
  onPick: (value: string) => void
  empty?: string
}

/**
 * Type-ahead over steps (cmdk): typing filters by name or type, arrows move, Enter picks. The
 * input keeps focus throughout (the list is its `aria-activedescendant`), as a combobox should.
 */
export function StepPicker({
  label,
  placeholder,
  items,
  onPick,
  empty = 'No step matches.',
}: Props) {
  const groups = [...new Set(items.map((i) => i.group))]
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.focus(), [])
  return (
    <Command label={label} className="flex flex-col gap-2" loop>
      <Command.Input
        ref={input}
        aria-label={label}
        placeholder={placeholder}
        className="h-9 w-full rounded-md border border-slate-300 px-2 text-sm focus:border-brand focus:ring-2 focus:ring-brand/30 focus:outline-none"
      />
      <Command.List className="max-h-72 overflow-y-auto" label={`${label}: choices`}>
        <Command.Empty className="px-2 py-1.5 text-sm text-slate-600">{empty}</Command.Empty>
        {groups.map((group) => (
          <Command.Group
            key={group}
            heading={group}
            className="[&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:text-slate-600"
          >
            {items
              .filter((i) => i.group === group)
              .map((item) => (
                <Command.Item
                  key={item.value}
                  value={item.value}
                  keywords={[item.label, item.hint]}
                  onSelect={onPick}
                  className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm text-slate-800 data-[selected=true]:bg-indigo-50 data-[selected=true]:text-indigo-950"
                >
                  {item.icon}
                  <span className="truncate font-medium">{item.label}</span>
                  <span className="ml-auto shrink-0 text-xs text-slate-600">{item.hint}</span>
                </Command.Item>
              ))}
          </Command.Group>
        ))}
      </Command.List>
    </Command>
  )
}
