import type { WorkflowGraph } from '../../api/schemas/graph'
import type { LeadHistory } from '../../api/schemas/lead'

/** What the canvas's `pathHighlight` prop takes. */
export type LeadPath = { nodes: Set<string>; edges: Set<string>; currentNodeId: string | null }

type Pair = { from: string; to: string; label: string | null }

/**
 * Visited nodes and taken edges of one lead. Edges come from `edge_id` when the history has it;
 * otherwise each (from, to) transition is matched against the graph's edges (the one whose label
 * matches the recorded edge label, else the first). Histories without any from/to (shapes A and B)
 * are read as consecutive steps.
 */
export function computeLeadPath(history: LeadHistory, graph: WorkflowGraph | undefined): LeadPath {
  const nodes = new Set<string>()
  const edges = new Set<string>()
  const pairs: Pair[] = []
  const hasTransitions = history.entries.some((e) => e.fromNodeId || e.toNodeId)

  history.entries.forEach((entry, i) => {
    const { nodeId, fromNodeId: from, toNodeId: to, edgeLabel: label } = entry
    for (const id of [nodeId, from, to]) if (id) nodes.add(id)
    if (entry.edgeId) edges.add(entry.edgeId)
    if (hasTransitions) {
      if (from && nodeId && from !== nodeId) pairs.push({ from, to: nodeId, label })
      if (to && nodeId && to !== nodeId) pairs.push({ from: nodeId, to, label })
      if (from && to && !nodeId) pairs.push({ from, to, label })
    } else {
      const previous = history.entries[i - 1]?.nodeId
      if (previous && nodeId && previous !== nodeId)
        pairs.push({ from: previous, to: nodeId, label: null })
    }
  })
  if (history.currentNodeId) nodes.add(history.currentNodeId)

  for (const pair of pairs) {
    const candidates =
      graph?.edges.filter((e) => e.source === pair.from && e.target === pair.to) ?? []
    if (candidates.length === 0 || candidates.some((c) => edges.has(c.id))) continue
    const wanted = pair.label?.toLowerCase()
    const match =
      candidates.find((c) => wanted && c.label?.toLowerCase() === wanted) ?? candidates[0]
    if (match) edges.add(match.id)
  }
  return { nodes, edges, currentNodeId: history.currentNodeId }
}
