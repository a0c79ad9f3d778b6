import { isKnownLeadStatus, type KnownLeadStatus, type LeadStatus } from '../../api/schemas/lead'

const LOOK: Record<KnownLeadStatus, { label: string; icon: string; className: string }> = {
  pending: { label: 'Pending', icon: '…', className: 'bg-slate-100 text-slate-800' },
  active: { label: 'Active', icon: '●', className: 'bg-blue-100 text-blue-900' },
  completed: { label: 'Converted', icon: '✓', className: 'bg-green-100 text-green-900' },
  dropped: { label: 'Dropped', icon: '↓', className: 'bg-amber-100 text-amber-900' },
  removed: { label: 'Removed', icon: '✕', className: 'bg-slate-200 text-slate-800' },
  failed: { label: 'Failed', icon: '!', className: 'bg-red-100 text-red-900' },
}

export function leadStatusLabel(status: LeadStatus): string {
  return isKnownLeadStatus(status) ? LOOK[status].label : status.replace(/_/g, ' ')
}

/** Text and a shape for every status; an unknown status is shown as its own word, neutrally. */
export function LeadStatusBadge({ status }: { status: LeadStatus }) {
  const look = isKnownLeadStatus(status)
    ? LOOK[status]
    : { label: leadStatusLabel(status), icon: '?', className: 'bg-slate-100 text-slate-800' }
  return (
    <span
      data-lead-status={status}
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${look.className}`}
    >
      <span aria-hidden="true">{look.icon}</span>
      {look.label}
    </span>
  )
}
