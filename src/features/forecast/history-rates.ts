import type { WorkflowGraph } from '../../api/schemas/graph'
import type { WorkflowStats } from '../../api/stats'
import { outputOfEdge } from '../../domain/node-outputs'
import { stepKind } from '../../domain/step-semantics/step-kind'
import type { StepRates } from './simulation/forecast-types'

/** Fewer finished visits than this and a step's own shares say too little: assumptions apply. */
export const MIN_SAMPLES = 5

/**
 * Outcome shares per step from the workflow's own run: how often leads left each step by each
 * output (per-connection counts), and for call steps how long completed calls lasted.
 */
export function historyRates(graph: WorkflowGraph, stats: WorkflowStats | null | undefined) {
  const rates: Record<string, StepRates> = {}
  if (!stats) return rates
  for (const node of graph.nodes) {
    const kind = stepKind(node.nodeType)
    if (kind !== 'call' && kind !== 'condition' && kind !== 'action') continue
    const shares: Record<string, number> = {}
    let samples = 0
    // Traffic over an unlabelled edge cannot be told apart by output: the step keeps assumptions.
    let unattributed = 0
    for (const edge of graph.edges) {
      if (edge.source !== node.id) continue
      const passed = stats.edges[edge.id]?.passed ?? 0
      const output = outputOfEdge(node, edge.label)?.id
      if (!output) unattributed += passed
      else if (passed > 0) {
        shares[output] = (shares[output] ?? 0) + passed
        samples += passed
      }
    }
    if (samples < MIN_SAMPLES || unattributed > 0) continue
    for (const key of Object.keys(shares)) shares[key] = (shares[key] ?? 0) / samples
    const calls = stats.calls?.[node.id]
    rates[node.id] = {
      shares,
      source: 'history',
      samples,
      ...(kind === 'call' && calls && calls.completed > 0
        ? { completedCallMinutes: calls.completedSeconds / calls.completed / 60 }
        : {}),
    }
  }
  return rates
}
