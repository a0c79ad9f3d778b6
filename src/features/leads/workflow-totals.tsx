import { endingNote } from '../../domain/workflow-completion'
import type { WorkflowStatus } from '../../domain/workflow-status'
import { formatCount } from '../../lib/format'
import { useLiveStats } from './use-live-stats'
import { useThrottledValue } from './use-throttled-value'

/** Screen readers hear the totals at most this often, however fast the numbers change. */
const ANNOUNCE_EVERY_MS = 10_000

const ITEMS = [
  { key: 'enrolled', label: 'Enrolled' },
  { key: 'active', label: 'Active' },
  { key: 'converted', label: 'Converted' },
  { key: 'dropped', label: 'Dropped' },
] as const

/**
 * What the unfinished leads are called: after a cancel nobody is active any more (the API keeps
 * their last status), and while paused they are on hold.
 */
const UNFINISHED_LABEL: Record<WorkflowStatus, string> = {
  draft: 'Waiting to start',
  active: 'Active',
  paused: 'On hold',
  completed: 'Unfinished',
  cancelled: 'Stopped',
}

/**
 * Header totals of one workflow, live while it is active. The visible numbers follow every poll;
 * a polite, throttled summary is what assistive technology announces.
 */
export function WorkflowTotals({
  workflowId,
  status,
}: {
  workflowId: string
  status: WorkflowStatus
}) {
  const { stats } = useLiveStats(workflowId, status)
  const totals = stats?.totals
  // Leads not yet finished: moving (active) and not yet started (pending).
  const unfinished = totals ? totals.active + totals.pending : undefined
  const items = ITEMS.map((i) =>
    i.key === 'active'
      ? { key: i.key, label: UNFINISHED_LABEL[status], value: unfinished }
      : { ...i, value: totals?.[i.key] },
  )
  const summary = totals ? items.map((i) => `${i.label} ${i.value}`).join(', ') : ''
  const announced = useThrottledValue(summary, ANNOUNCE_EVERY_MS)
  return (
    <section
      aria-label="Lead totals"
      className="flex flex-col gap-0.5"
      data-testid="workflow-totals"
    >
      <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {items.map((item) => (
          <div key={item.key} className="flex items-baseline gap-1" data-total={item.key}>
            <dt className="text-slate-600">{item.label}</dt>
            <dd className="font-semibold text-slate-900 tabular-nums">{formatCount(item.value)}</dd>
          </div>
        ))}
      </dl>
      {totals ? (
        <p className="text-xs text-slate-600" data-testid="ending-note">
          {endingNote(status, totals.enrolled, unfinished ?? 0)}
        </p>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announced ? `Lead totals: ${announced}` : ''}
      </p>
    </section>
  )
}
