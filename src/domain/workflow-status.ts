/** Client-side statuses. The legacy `running` is normalised to `active` at the API boundary. */
export const WORKFLOW_STATUSES = ['draft', 'active', 'paused', 'completed', 'cancelled'] as const
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number]

export const LIFECYCLE_ACTIONS = ['activate', 'pause', 'resume', 'cancel'] as const
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number]

export const STATUS_LABELS: Record<WorkflowStatus, string> = {
  draft: 'Draft',
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
  cancelled: 'Cancelled',
}

export function isFinalStatus(status: WorkflowStatus): boolean {
  return status === 'completed' || status === 'cancelled'
}

/** Contract §13: which lifecycle actions a status allows. */
export function allowedActions(status: WorkflowStatus): LifecycleAction[] {
  switch (status) {
    case 'draft':
      return ['activate', 'cancel']
    case 'active':
      return ['pause', 'cancel']
    case 'paused':
      return ['resume', 'cancel']
    case 'completed':
    case 'cancelled':
      return []
  }
}

/** The status a successful action leads to (used for optimistic updates). */
export const ACTION_TARGET: Record<LifecycleAction, WorkflowStatus> = {
  activate: 'active',
  pause: 'paused',
  resume: 'active',
  cancel: 'cancelled',
}

/** Graph edits are refused on final workflows (contract §5, mock recommendation). */
export function isGraphEditable(status: WorkflowStatus): boolean {
  return !isFinalStatus(status)
}
