import type { UseQueryResult } from '@tanstack/react-query'
import type { WorkflowStats } from '../../api/stats'
import type { GraphOperation } from '../../domain/graph-diff/plan'
import type { GraphSnapshot } from '../../domain/graph-diff/snapshot'
import { impactOfRemoving } from '../../domain/lead-impact/impact'

type Props = {
  ops: GraphOperation[]
  current: GraphSnapshot
  stats: Pick<UseQueryResult<WorkflowStats | null>, 'data' | 'isPending' | 'isError'>
}

/** What a restore does to the leads in flight: per deleted step (or lost way on), how many and where. */
export function LeadImpactNotice({ ops, current, stats }: Props) {
  const nodeIds = ops.flatMap((o) => (o.kind === 'delete-node' ? [o.nodeId] : []))
  const edgeIds = ops.flatMap((o) => (o.kind === 'delete-edge' ? [o.edgeId] : []))
  if (nodeIds.length + edgeIds.length === 0) return null
  const added = ops.flatMap((o) =>
    o.kind === 'create-edge' && 'existing' in o.from ? [{ from_node_id: o.from.existing, label: o.label }] : [],
  )

  const box = 'mt-2 rounded border p-2 text-sm'
  if (stats.isPending)
    return <p role="status" className={`${box} border-slate-200 text-slate-700`}>Counting the leads in flight…</p>
  if (stats.isError || stats.data === null || stats.data === undefined)
    return (
      <p className={`${box} border-amber-300 bg-amber-50 text-amber-950`}>
        The console cannot tell how many leads are at the steps this restore removes
        {stats.isError ? ' (the counts could not be loaded)' : ' (the API gives no counts)'}. Leads at a
        removed step stay there, stranded.
      </p>
    )
  const impact = impactOfRemoving(stats.data, { nodeIds, edgeIds }, current, { cause: 'restore', added })
  if (impact.sentences.length === 0)
    return (
      <p className={`${box} border-slate-200 text-slate-700`}>
        No leads are at the steps or on the ways this restore removes.
      </p>
    )
  return (
    <div className={`${box} border-amber-300 bg-amber-50 text-amber-950`}>
      <p className="font-semibold">
        ⚠ Leads in flight: {impact.totalLeads} {impact.totalLeads === 1 ? 'lead is' : 'leads are'} affected
      </p>
      <ul aria-label="Impact on leads in flight" className="mt-1 list-disc pl-5">
        {impact.sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </div>
  )
}
