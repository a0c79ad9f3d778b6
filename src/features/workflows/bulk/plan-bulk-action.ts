import {
  allowedActions,
  STATUS_LABELS,
  type LifecycleAction,
  type WorkflowStatus,
} from '../../../domain/workflow-status'

/** The lifecycle actions offered on a selection of workflows. */
export const BULK_ACTIONS = ['pause', 'resume', 'cancel'] as const
export type BulkAction = (typeof BULK_ACTIONS)[number]

export type BulkTarget = { id: string; title: string; status: WorkflowStatus }

/** One selected workflow: sent to the API, or refused here because its status does not allow it. */
export type PlannedItem = BulkTarget & ({ send: true } | { send: false; reason: string })

/** Why `action` cannot run from `status`, in the words a campaign manager uses. */
export function refusalReason(action: LifecycleAction, status: WorkflowStatus): string {
  const now = STATUS_LABELS[status].toLowerCase()
  if (action === 'pause' && status === 'paused') return 'already paused'
  if (action === 'resume' && status === 'active') return 'already running'
  if (action === 'cancel' && (status === 'cancelled' || status === 'completed'))
    return `already ${now}`
  if (status === 'draft') return 'a draft: it has not been activated'
  if (status === 'completed' || status === 'cancelled') return `${now}: it can no longer change`
  return `${now}: only ${action === 'pause' ? 'an active' : 'a paused'} workflow can be ${action === 'pause' ? 'paused' : 'resumed'}`
}

/**
 * Which selected workflows the action is sent for (contract §13: only those whose status allows
 * it), and why the others are refused without a request.
 */
export function planBulkAction(action: BulkAction, targets: BulkTarget[]): PlannedItem[] {
  return targets.map((t) =>
    allowedActions(t.status).includes(action)
      ? { ...t, send: true }
      : { ...t, send: false, reason: refusalReason(action, t.status) },
  )
}
