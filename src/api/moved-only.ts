import type { WorkflowGraph } from './schemas/graph'

/**
 * The ids of the steps whose position alone changed from `prev` to `next`, or null when anything
 * else did (a step or connection added, removed, renamed, reconfigured). Relies on the cache's
 * structural sharing: an unchanged step or connection keeps its object, so this is one pass of
 * reference checks, not a deep comparison.
 */
export function movedOnly(prev: WorkflowGraph, next: WorkflowGraph): string[] | null {
  if (prev === next) return []
  if (prev.edges !== next.edges) {
    if (prev.edges.length !== next.edges.length) return null
    for (let i = 0; i < next.edges.length; i++) if (prev.edges[i] !== next.edges[i]) return null
  }
  if (prev.nodes.length !== next.nodes.length) return null
  const moved: string[] = []
  for (let i = 0; i < next.nodes.length; i++) {
    const a = prev.nodes[i]!
    const b = next.nodes[i]!
    if (a === b) continue
    if (
      a.id !== b.id ||
      a.nodeType !== b.nodeType ||
      a.label !== b.label ||
      a.config !== b.config ||
      Object.keys(a).length !== Object.keys(b).length
    )
      return null
    if (a.position?.x !== b.position?.x || a.position?.y !== b.position?.y) moved.push(b.id)
  }
  return moved
}

/** `next`, or `prev` when they differ in positions only: for what ignores where steps are. */
export function ignoringPositions(prev: WorkflowGraph | undefined, next: WorkflowGraph) {
  return prev && movedOnly(prev, next) !== null ? prev : next
}
