import { STATUS_LABELS, type WorkflowStatus } from '../../domain/workflow-status'

const STYLES: Record<WorkflowStatus, string> = {
  draft: 'bg-status-draft-bg text-status-draft',
  active: 'bg-status-active-bg text-status-active',
  paused: 'bg-status-paused-bg text-status-paused',
  completed: 'bg-status-completed-bg text-status-completed',
  cancelled: 'bg-status-cancelled-bg text-status-cancelled',
}

/** Shapes as well as colours, so status never depends on colour alone. */
const ICONS: Record<WorkflowStatus, string> = {
  draft: '✎',
  active: '●',
  paused: '❚❚',
  completed: '✓',
  cancelled: '✕',
}

export function StatusBadge({ status }: { status: WorkflowStatus }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}
      data-status={status}
    >
      <span aria-hidden="true">{ICONS[status]}</span>
      {STATUS_LABELS[status]}
    </span>
  )
}
