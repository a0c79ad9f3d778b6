import { isTerminalType, isKnownNodeType } from '../node-types'
import { nodeOutputs } from '../node-outputs'
import { chooseRoute } from '../step-semantics/routing'
import type { ImpactGraph } from './impact'
import type { LeadInFlight } from './leads-on-steps'

export type StrandedReason =
  /** The step the lead sits on was deleted (contract §5.4: the lead stays attached to it). */
  | 'step-deleted'
  /** The step has no route for any of its outcomes: whatever happens, the lead stays. */
  | 'no-route'

export type StrandedLead = {
  lead: LeadInFlight
  reason: StrandedReason
  /** Where it sits: the step's name, or the id of a step that no longer exists. */
  where: string
  /** One plain sentence for the leads table and preflight. */
  explanation: string
}

/**
 * Leads in flight that can never move on: their step was deleted, or it is a non-terminal step
 * from which none of its outcomes has a route. (A step where only some outcomes lack a route is
 * preflight's wiring warning; whether these leads are stuck depends on an outcome not known yet.)
 */
export function findStrandedLeads(
  graph: ImpactGraph,
  leads: readonly LeadInFlight[],
): StrandedLead[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]))
  const deadEnds = new Set<string>()
  for (const node of graph.nodes) {
    if (isTerminalType(node.nodeType) || !isKnownNodeType(node.nodeType)) continue
    const own = graph.edges.filter((e) => e.source === node.id)
    const outputs = nodeOutputs(node) ?? []
    if (outputs.length && outputs.every((o) => !chooseRoute(node.config, own, o.edgeLabel)))
      deadEnds.add(node.id)
  }
  const stranded: StrandedLead[] = []
  for (const lead of leads) {
    const at = lead.currentNodeId
    if (!at) continue
    const node = nodes.get(at)
    if (!node)
      stranded.push({
        lead,
        reason: 'step-deleted',
        where: at,
        explanation:
          'Its step was deleted while it was there, so it will never move on. Remove the lead to stop it counting as active.',
      })
    else if (deadEnds.has(at))
      stranded.push({
        lead,
        reason: 'no-route',
        where: node.label || 'Untitled step',
        explanation: `“${node.label || 'Untitled step'}” has no next step for any outcome, so it will stay there. Connect the step, or remove the lead.`,
      })
  }
  return stranded
}
