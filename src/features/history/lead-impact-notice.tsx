import type { UseQueryResult } from '@tanstack/react-query'
import type { LeadsInFlight } from '../../api/leads-in-flight'
import { impactGraphOf, impactOfChange } from '../../domain/change-impact/impact'
import { groupLeadsByStep } from '../../domain/change-impact/leads-on-steps'
import type { GraphOperation } from '../../domain/graph-diff/plan'
import type { GraphSnapshot } from '../../domain/graph-diff/snapshot'

type Props = {
  ops: GraphOperation[]
  current: GraphSnapshot
  leads: Pick<UseQueryResult<LeadsInFlight>, 'data' | 'isPending' | 'isError'>
  cause: 'restore' | 'publish'
}

/**
 * What a plan (a restore, a published draft) does to the leads in flight, with the safe-changes
 * rules (domain/change-impact) and the lead list's numbers: per step it deletes, and per way on it
 * removes without adding another.
 */
export function LeadImpactNotice({ ops, current, leads, cause }: Props) {
  const nodeIds = ops.flatMap((o) => (o.kind === 'delete-node' ? [o.nodeId] : []))
  const edgeIds = ops.flatMap((o) => (o.kind === 'delete-edge' ? [o.edgeId] : []))
  if (nodeIds.length + edgeIds.length === 0) return null
  const addedEdges = ops.flatMap((o) =>
    o.kind === 'create-edge' && 'existing' in o.from
      ? [{ source: o.from.existing, label: o.label }]
      : [],
  )

  const box = 'mt-2 rounded border p-2 text-sm'
  if (leads.isPending)
    return (
      <p role="status" className={`${box} border-slate-200 text-slate-700`}>
        Counting the leads in flight…
      </p>
    )
  if (leads.isError || !leads.data)
    return (
      <p className={`${box} border-amber-300 bg-amber-50 text-amber-950`}>
        The leads in flight could not be counted. Leads at a removed step stay there, stranded.
      </p>
    )
  const impact = impactOfChange(impactGraphOf(current), groupLeadsByStep(leads.data.leads), {
    kind: 'delete',
    nodeIds,
    edgeIds,
    addedEdges,
    cause,
  })
  const what = cause === 'restore' ? 'this restore' : 'the draft'
  if (impact.items.length === 0)
    return (
      <p className={`${box} border-slate-200 text-slate-700`}>
        No leads are at the steps or on the ways {what} removes.
      </p>
    )
  const total = impact.leadsReached
  return (
    <div className={`${box} border-amber-300 bg-amber-50 text-amber-950`}>
      <p className="font-semibold">
        ⚠ Leads in flight: {total} {total === 1 ? 'lead is' : 'leads are'} affected
        {leads.data.complete ? '' : ' (counted from the first 10,000)'}
      </p>
      <ul aria-label="Impact on leads in flight" className="mt-1 list-disc pl-5">
        {impact.items.map((item) => (
          <li key={item.nodeId}>{item.sentence}</li>
        ))}
      </ul>
    </div>
  )
}
