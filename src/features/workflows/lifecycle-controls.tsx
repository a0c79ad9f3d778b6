import { useState } from 'react'
import type { ApiError } from '../../api/api-error'
import type { Workflow } from '../../api/schemas/workflow'
import { allowedActions, type LifecycleAction } from '../../domain/workflow-status'
import { Button } from '../../components/ui/button'
import { ConfirmActionDialog } from './confirm-action-dialog'
import { ACTION_LABELS } from './lifecycle-copy'
import { useRunLifecycle } from './use-run-lifecycle'

type Props = {
  workflow: Workflow
  /** Errors found by preflight (detail screen); unknown in the list, where the server decides. */
  preflightErrors?: number
  /** The graph preflight checked could not be refreshed (detail screen). */
  graphStale?: boolean
  onShowProblems?: () => void
  onServerProblems?: (error: ApiError) => void
  size?: 'sm' | 'md'
}

/** Only the actions the current status allows (contract §13), each confirmed before it runs. */
export function LifecycleControls({
  workflow,
  preflightErrors = 0,
  graphStale = false,
  onShowProblems,
  onServerProblems,
  size = 'md',
}: Props) {
  const [pending, setPending] = useState<LifecycleAction | null>(null)
  const { run, busy } = useRunLifecycle(workflow.id, onServerProblems)
  const actions = allowedActions(workflow.status)

  return (
    <>
      {actions.map((action) => (
        <Button
          key={action}
          size={size}
          variant={
            action === 'cancel'
              ? 'ghost'
              : action === 'activate' && size === 'md'
                ? 'primary'
                : 'secondary'
          }
          disabled={busy}
          aria-label={size === 'sm' ? `${ACTION_LABELS[action]} ${workflow.title}` : undefined}
          onClick={() => setPending(action)}
        >
          {size === 'sm' && action === 'cancel' ? 'Cancel' : ACTION_LABELS[action]}
        </Button>
      ))}
      <ConfirmActionDialog
        action={pending}
        workflowTitle={workflow.title}
        enrolledLeads={workflow.leadCount}
        preflightErrors={preflightErrors}
        graphStale={graphStale}
        onShowProblems={onShowProblems}
        onClose={() => setPending(null)}
        onConfirm={(action) => {
          setPending(null)
          run(action)
        }}
      />
    </>
  )
}
