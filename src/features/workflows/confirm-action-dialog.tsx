import { useId, useState } from 'react'
import type { LifecycleAction } from '../../domain/workflow-status'
import { Button } from '../../components/ui/button'
import { Dialog } from '../../components/ui/dialog'
import { inputClass } from '../../components/ui/field'
import { ACTION_LABELS, consequences } from './lifecycle-copy'

export const CANCEL_CONFIRMATION_WORD = 'cancel'

type Props = {
  action: LifecycleAction | null
  workflowTitle: string
  enrolledLeads: number | undefined
  /** Errors found by preflight; activation is refused while there are any. */
  preflightErrors: number
  /** The graph preflight checked could not be refreshed; activation waits for a fresh one. */
  graphStale?: boolean
  onShowProblems?: (() => void) | undefined
  onConfirm: (action: LifecycleAction) => void
  onClose: () => void
}

export function ConfirmActionDialog(props: Props) {
  const { action, onClose } = props
  return (
    <Dialog
      open={action !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={action ? `${ACTION_LABELS[action]} “${props.workflowTitle}”?` : ''}
      description={action ? consequences(action, props.enrolledLeads) : undefined}
    >
      {/* Keyed so a reopened dialog starts with an empty confirmation field. */}
      {action ? <DialogBody key={action} {...props} action={action} /> : null}
    </Dialog>
  )
}

function DialogBody({
  action,
  preflightErrors,
  graphStale = false,
  onShowProblems,
  onConfirm,
  onClose,
}: Props & { action: LifecycleAction }) {
  const id = useId()
  const [typed, setTyped] = useState('')
  const blocked = action === 'activate' && preflightErrors > 0
  if (action === 'activate' && graphStale)
    return (
      <div className="flex flex-col gap-3">
        <p
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          The graph on screen could not be refreshed, so preflight may have checked an old version.
          Refresh the graph (the notice above the canvas), then activate.
        </p>
        <div className="flex justify-end">
          <Button onClick={onClose}>Close</Button>
        </div>
      </div>
    )
  const needsWord = action === 'cancel'
  const confirmed = !needsWord || typed.trim().toLowerCase() === CANCEL_CONFIRMATION_WORD

  if (blocked) {
    return (
      <div className="flex flex-col gap-3">
        <p
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
        >
          Preflight found {preflightErrors} {preflightErrors === 1 ? 'error' : 'errors'} that would
          make activation fail. Fix {preflightErrors === 1 ? 'it' : 'them'} first.
        </p>
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>Close</Button>
          {onShowProblems ? (
            <Button variant="primary" onClick={() => (onClose(), onShowProblems())}>
              Show problems
            </Button>
          ) : null}
        </div>
      </div>
    )
  }

  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault()
        if (confirmed) onConfirm(action)
      }}
    >
      {needsWord ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={id} className="text-sm font-medium">
            Type <strong>{CANCEL_CONFIRMATION_WORD}</strong> to confirm
          </label>
          <input
            id={id}
            className={inputClass}
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button onClick={onClose}>{action === 'cancel' ? 'Keep it running' : 'Not now'}</Button>
        <Button
          type="submit"
          variant={action === 'cancel' ? 'danger' : 'primary'}
          disabled={!confirmed}
        >
          {ACTION_LABELS[action]}
        </Button>
      </div>
    </form>
  )
}
