import { findStrandedLeads } from '../../../domain/change-impact/stranded'
import { plural } from '../../../domain/change-impact/leads-on-steps'
import { problem } from '../../../domain/problem'
import type { Check } from '../check'

/**
 * On a live workflow: leads that can never move on (their step was deleted, or it has no route
 * for any outcome), one problem per place, with the count (contract §5.4, §9.4).
 */
export const checkStrandedLeads: Check = (index, input) => {
  if (!input.leadsInFlight?.length) return []
  const stranded = findStrandedLeads(index, input.leadsInFlight)
  const byPlace = new Map<string, typeof stranded>()
  for (const s of stranded)
    byPlace.set(s.lead.currentNodeId!, [...(byPlace.get(s.lead.currentNodeId!) ?? []), s])
  return [...byPlace].map(([at, group]) => {
    const count = group.length
    const first = group[0]!
    const they = count === 1 ? 'It' : 'They'
    const former = input.formerStepNames?.get(at)
    return first.reason === 'step-deleted'
      ? problem({
          code: 'leads.stranded-deleted-step',
          severity: 'warning',
          idSuffix: at,
          message: former
            ? `${plural(count, 'lead')} ${count === 1 ? 'is' : 'are'} in “${former}”, which this graph no longer has: ${they.toLowerCase()} would be stranded and never move on.`
            : `${plural(count, 'lead')} ${count === 1 ? 'is' : 'are'} stranded on a step that was deleted (${at}). ${they} will never move on.`,
          fix: 'Open the Leads tab: the stranded leads are marked there, and each can be removed.',
          summary: `${plural(count, 'stranded lead')}`,
        })
      : problem({
          code: 'leads.stranded-no-route',
          severity: 'warning',
          nodeId: at,
          message: `${plural(count, 'lead')} ${count === 1 ? 'is' : 'are'} stranded in “${first.where}”: the step has no next step for any outcome.`,
          fix: 'Connect the step to where its leads should go next, or remove the leads in the Leads tab.',
          summary: `${plural(count, 'stranded lead')}`,
        })
  })
}
