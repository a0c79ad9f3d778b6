import { useId, useState } from 'react'
import { Link } from '@tanstack/react-router'
import type { LifecycleAction } from '../../domain/workflow-status'
import { Button } from '../../components/ui/button'
import { Dialog } from '../../components/ui/dialog'
import { inputClass } from '../../components/ui/field'
import type { ActivationGate } from './activation-check'
import { ACTION_LABELS, consequences } from './lifecycle-copy'

export const CANCEL_CONFIRMATION_WORD = 'cancel'

type Props = {
  action: LifecycleAction | null
  workflowId: string
  workflowTitle: string
  enrolledLeads: number | undefined
  /** Errors found by preflight; activation is refused while there are any. */
  preflightErrors: number
  /** The graph preflight checked could not be refreshed; activation waits for a fresh one. */
  graphStale?: boolean
  /** List rows: preflight runs when the dialog opens; its result replaces `preflightErrors`. */
  gate?: ActivationGate | undefined
  onShowProblems?: (() => void) | undefined
  focusOnClose?: () => HTMLElement | null | undefined
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
      description={
        action && !(action === 'activate' && props.gate && props.gate.state !== 'checked')
          ? consequences(action, props.enrolledLeads)
          : undefined
      }
      focusOnClose={props.focusOnClose}
    >
      {/* Keyed so a reopened dialog starts with an empty confirmation field. */}
      {action ? <DialogBody key={action} {...props} action={action} /> : null}
    </Dialog>
  )
}

function DialogBody({
  action,
  workflowId,
  gate,
  preflightErrors: errorsOnScreen,
  graphStale = false,
  onShowProblems,
  onConfirm,
  onClose,
}: Props & { action: LifecycleAction }) {
  const id = useId()
  const [typed, setTyped] = useState('')
  if (action === 'activate' && gate?.state === 'checking')
    return (
      <div className="flex flex-col gap-3">
        <p role="status" className="text-sm text-slate-700">
          Checking the workflow’s steps with preflight before anything is activated…
        </p>
        <div className="flex justify-end">
          <Button onClick={onClose}>Not now</Button>
        </div>
      </div>
    )
  if (action === 'activate' && gate?.state === 'failed')
    return (
      <div className="flex flex-col gap-3">
        <p
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
        >
          Preflight could not check the workflow, so nothing was activated: {gate.message}
        </p>
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>Close</Button>
          <Button variant="primary" onClick={gate.retry}>
            Check again
          </Button>
        </div>
      </div>
    )
  const preflightErrors = gate?.state === 'checked' ? gate.errors : errorsOnScreen
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
          make activation fail. Fix {preflightErrors === 1 ? 'it' : 'them'} first; nothing was
          activated.
        </p>
        <div className="flex flex-wrap justify-end gap-2">
          <Button onClick={onClose}>Close</Button>
          {onShowProblems ? (
            <Button variant="primary" onClick={() => (onClose(), onShowProblems())}>
              Show problems
            </Button>
          ) : (
            <Link
              to="/workflows/$workflowId"
              params={{ workflowId }}
              search={{ tab: 'preflight' }}
              className="inline-flex h-9 items-center rounded-md bg-brand px-3.5 text-sm font-medium text-white hover:bg-brand-hover"
            >
              Show the {preflightErrors === 1 ? 'error' : `${preflightErrors} errors`}
            </Link>
          )}
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
      {gate?.state === 'checked' ? (
        <p className="text-sm text-slate-700">
          Preflight found no errors
          {gate.warnings > 0 ? (
            <>
              {' '}
              and {gate.warnings} {gate.warnings === 1 ? 'warning' : 'warnings'} (
              <Link
                to="/workflows/$workflowId"
                params={{ workflowId }}
                search={{ tab: 'preflight' }}
                className="text-brand underline"
              >
                read {gate.warnings === 1 ? 'it' : 'them'}
              </Link>
              ).
            </>
          ) : (
            '.'
          )}
        </p>
      ) : null}
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
