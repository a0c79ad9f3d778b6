import { useBlocker } from '@tanstack/react-router'
import { Button } from './button'
import { Dialog } from './dialog'

/**
 * While `when` is true, asks before in-app navigation and lets the browser warn on reload/close.
 * Render it inside any form that holds unsaved input.
 */
export function UnsavedChangesGuard({
  when,
  what = 'changes',
}: {
  when: boolean | (() => boolean)
  what?: string
}) {
  const shouldBlock = typeof when === 'function' ? when : () => when
  const blocker = useBlocker({
    shouldBlockFn: shouldBlock,
    enableBeforeUnload: shouldBlock,
    withResolver: true,
  })
  return (
    <Dialog
      open={blocker.status === 'blocked'}
      onOpenChange={(open) => (open ? undefined : blocker.reset?.())}
      title="Leave without saving?"
      description={`You have unsaved ${what}. If you leave now they are lost.`}
    >
      <div className="flex justify-end gap-2">
        <Button variant="primary" onClick={() => blocker.reset?.()}>
          Stay and keep editing
        </Button>
        <Button variant="danger" onClick={() => blocker.proceed?.()}>
          Leave
        </Button>
      </div>
    </Dialog>
  )
}
