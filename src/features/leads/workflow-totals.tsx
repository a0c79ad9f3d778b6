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
  const summary = totals ? ITEMS.map((i) => `${i.label} ${totals[i.key]}`).join(', ') : ''
  const announced = useThrottledValue(summary, ANNOUNCE_EVERY_MS)
  return (
    <section
      aria-label="Lead totals"
      className="flex items-center gap-1"
      data-testid="workflow-totals"
    >
      <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {ITEMS.map((item) => (
          <div key={item.key} className="flex items-baseline gap-1" data-total={item.key}>
            <dt className="text-slate-600">{item.label}</dt>
            <dd className="font-semibold text-slate-900 tabular-nums">
              {formatCount(totals?.[item.key])}
            </dd>
          </div>
        ))}
      </dl>
      <p aria-live="polite" className="sr-only">
        {announced ? `Lead totals: ${announced}` : ''}
      </p>
    </section>
  )
}
