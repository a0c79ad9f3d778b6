import type { WorkflowGraph } from '../../api/schemas/graph'
import type { LiveStats } from './use-live-stats'

export type StepCount = {
  id: string
  name: string
  type: string
  waiting: number
  inCall: number
  done: number
}

const TYPE_WORDS: Record<string, string> = {
  VOICE_CALL: 'Voice call',
  TIME: 'Wait',
  CONDITIONAL: 'Condition',
  APPLICATION: 'Application',
  CONVERTED: 'Converted',
  DROPPED: 'Dropped',
}

/**
 * The steps in the order a lead meets them (breadth-first from the entry steps, then any step
 * no entry reaches), each with its live counts: the canvas's numbers as a readable list.
 */
export function stepCounts(graph: WorkflowGraph, stats: LiveStats | null): StepCount[] {
  const into = new Set(graph.edges.map((e) => e.target))
  const out = new Map<string, string[]>()
  for (const e of graph.edges) out.set(e.source, [...(out.get(e.source) ?? []), e.target])
  const order: string[] = []
  const seen = new Set<string>()
  const queue = graph.nodes.filter((n) => !into.has(n.id)).map((n) => n.id)
  for (const id of queue) seen.add(id)
  while (queue.length) {
    const id = queue.shift()!
    order.push(id)
    for (const next of out.get(id) ?? [])
      if (!seen.has(next)) {
        seen.add(next)
        queue.push(next)
      }
  }
  for (const n of graph.nodes) if (!seen.has(n.id)) order.push(n.id)
  const byId = new Map(graph.nodes.map((n) => [n.id, n]))
  return order.map((id) => {
    const node = byId.get(id)!
    const type = TYPE_WORDS[node.nodeType.toUpperCase()] ?? node.nodeType
    const c = stats?.nodes[id]
    return {
      id,
      name: node.label.trim() || `${type} step`,
      type,
      waiting: c?.waiting ?? 0,
      inCall: c?.in_call ?? 0,
      done: c?.done ?? 0,
    }
  })
}
