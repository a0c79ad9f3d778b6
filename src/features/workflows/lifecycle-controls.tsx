import { useEffect, useRef, useState } from 'react'
import type { ApiError } from '../../api/api-error'
import type { Workflow } from '../../api/schemas/workflow'
import {
  allowedActions,
  STATUS_LABELS,
  type LifecycleAction,
  type WorkflowStatus,
} from '../../domain/workflow-status'
import { Button } from '../../components/ui/button'
import { MenuButton } from '../../components/ui/menu-button'
import { useActivationGate, type CheckActivation } from './activation-check'
import { ConfirmActionDialog } from './confirm-action-dialog'
import { ACTION_LABELS } from './lifecycle-copy'
import { useRunLifecycle } from './use-run-lifecycle'

type Props = {
  workflow: Workflow
  /** Errors found by preflight (detail screen). */
  preflightErrors?: number
  /** The graph preflight checked could not be refreshed (detail screen). */
  graphStale?: boolean
  /** List rows: preflight is run on the fresh graph when Activate is pressed. */
  checkActivation?: CheckActivation
  onShowProblems?: () => void
  onServerProblems?: (error: ApiError) => void
  size?: 'sm' | 'md'
}

/**
 * Only the actions the current status allows (contract §13), each confirmed before it runs. In a
 * list row Cancel sits in a "More" menu, away from the primary action. After a confirmed action
 * focus lands on the control that replaced the pressed one (Pause → Resume), or on the status.
 */
export function LifecycleControls({
  workflow,
  preflightErrors = 0,
  graphStale = false,
  checkActivation,
  onShowProblems,
  onServerProblems,
  size = 'md',
}: Props) {
  const [pending, setPending] = useState<LifecycleAction | null>(null)
  const { run, busy } = useRunLifecycle(workflow.id, onServerProblems)
  const activation = useActivationGate(workflow.id, checkActivation)
  const actions = allowedActions(workflow.status)
  const inMenu: LifecycleAction[] = size === 'sm' ? actions.filter((a) => a === 'cancel') : []
  const shown = actions.filter((a) => !inMenu.includes(a))
  const buttons = useRef(new Map<LifecycleAction, HTMLButtonElement>())
  const statusRef = useRef<HTMLSpanElement>(null)
  // Focus follows the action: once the new status is on screen (optimistic, or the real one after
  // a refusal), the button that replaced the pressed one gets it, unless the user moved it already.
  const refocusFrom = useRef<WorkflowStatus | null>(null)
  const wasBusy = useRef(false)
  const first = shown[0]
  useEffect(() => {
    const from = refocusFrom.current
    if (from === null) return
    if (busy) wasBusy.current = true
    const settled = wasBusy.current && !busy
    if (workflow.status === from && !settled) return
    const active = document.activeElement
    const lost = !active || active === document.body || active === statusRef.current
    const target = first ? buttons.current.get(first) : undefined
    if (lost && target) target.focus()
    if (settled) {
      refocusFrom.current = null
      wasBusy.current = false
    }
  }, [busy, workflow.status, first])

  const open = (action: LifecycleAction) => {
    if (busy) return
    setPending(action)
    if (action === 'activate') activation.start()
  }
  const close = () => {
    setPending(null)
    activation.reset()
  }
  const named = (action: LifecycleAction) =>
    size === 'sm' ? `${ACTION_LABELS[action]} ${workflow.title}` : undefined

  return (
    <>
      {shown.map((action) => (
        <Button
          key={action}
          ref={(el) => {
            if (el) buttons.current.set(action, el)
            else buttons.current.delete(action)
          }}
          size={size}
          variant={
            action === 'cancel'
              ? 'ghost'
              : action === 'activate' && size === 'md'
                ? 'primary'
                : 'secondary'
          }
          // aria-disabled, not disabled: the button keeps focus while its request is in flight.
          aria-disabled={busy || undefined}
          className={busy ? 'cursor-not-allowed opacity-60' : ''}
          aria-label={named(action)}
          onClick={() => open(action)}
        >
          {ACTION_LABELS[action]}
        </Button>
      ))}
      {inMenu.length > 0 ? (
        <MenuButton
          label="More"
          accessibleName={`More actions for ${workflow.title}`}
          items={inMenu.map((action) => ({
            key: action,
            label: ACTION_LABELS[action],
            tone: action === 'cancel' ? 'danger' : 'default',
            disabled: busy,
            onSelect: () => open(action),
          }))}
        />
      ) : null}
      <span ref={statusRef} tabIndex={-1} className="sr-only">
        {`${workflow.title}: ${STATUS_LABELS[workflow.status]}`}
      </span>
      <ConfirmActionDialog
        action={pending}
        workflowId={workflow.id}
        workflowTitle={workflow.title}
        enrolledLeads={workflow.leadCount}
        preflightErrors={preflightErrors}
        graphStale={graphStale}
        gate={pending === 'activate' ? activation.gate : undefined}
        onShowProblems={onShowProblems}
        onClose={close}
        focusOnClose={() => (refocusFrom.current !== null ? statusRef.current : null)}
        onConfirm={(action) => {
          refocusFrom.current = workflow.status
          wasBusy.current = false
          close()
          run(action)
        }}
      />
    </>
  )
}
