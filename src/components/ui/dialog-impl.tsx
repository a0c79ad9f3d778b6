import * as RadixDialog from '@radix-ui/react-dialog'
import type { ReactNode } from 'react'

export type DialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: ReactNode
  children?: ReactNode
  /**
   * Where focus goes when the dialog closes. Return an element to focus it (e.g. the button that
   * replaced the one that opened the dialog); return nothing to let Radix go back to the opener.
   */
  focusOnClose?: () => HTMLElement | null | undefined
  /** Wider content, e.g. a list of workflows with their results. */
  wide?: boolean
}

/** Accessible modal (focus trap, Escape, labelled) from Radix; styled here once. */
export default function DialogImpl({
  open,
  onOpenChange,
  title,
  description,
  children,
  focusOnClose,
  wide = false,
}: DialogProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        {/* Never taller than the window: the content scrolls inside it (1280×720, phones). */}
        <RadixDialog.Content
          className={`fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-1rem)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto overscroll-contain rounded-lg bg-white p-4 shadow-xl focus:outline-none sm:max-h-[calc(100dvh-2rem)] sm:p-5 ${wide ? 'w-[min(44rem,calc(100vw-1rem))]' : 'w-[min(32rem,calc(100vw-1rem))]'}`}
          onCloseAutoFocus={(event) => {
            const target = focusOnClose?.()
            if (!target) return
            event.preventDefault()
            target.focus()
          }}
        >
          <RadixDialog.Title className="text-lg font-semibold text-slate-900">
            {title}
          </RadixDialog.Title>
          {description ? (
            <RadixDialog.Description className="mt-2 text-sm text-slate-700">
              {description}
            </RadixDialog.Description>
          ) : (
            <RadixDialog.Description className="sr-only">{title}</RadixDialog.Description>
          )}
          <div className="mt-4">{children}</div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  )
}
