import type { LayoutEdge } from './dagre-layout'

export type Ranking = {
  /** Column of every node: 0 for the entry and other sources, else one right of its last input. */
  rank: Map<string, number>
  /** The edges that close a cycle (retry loops); they run right to left and are routed around. */
  backward: Set<LayoutEdge>
}

/**
 * Columns of a workflow, computed before dagre so that dagre needs none of its slow rankers.
 *
 * A depth-first walk from the entry step (the first step no edge enters, else the first step)
 * marks each edge that returns to a step still on the walk as backward; the rest form a DAG whose
 * longest-path ranks put every forward edge's target right of its source. O(nodes + edges).
 */
export function rankSteps(ids: readonly string[], edges: readonly LayoutEdge[]): Ranking {
  const known = new Set(ids)
  const out = new Map<string, LayoutEdge[]>(ids.map((id) => [id, []]))
  const entered = new Set<string>()
  for (const e of edges) {
    if (!known.has(e.source) || !known.has(e.target)) continue
    out.get(e.source)?.push(e)
    if (e.source !== e.target) entered.add(e.target)
  }
  const sources = ids.filter((id) => !entered.has(id))
  const entry = sources[0] ?? ids[0]
  const starts = entry === undefined ? [] : [entry, ...sources, ...ids]

  const backward = new Set<LayoutEdge>()
  const state = new Map<string, 'open' | 'done'>()
  for (const start of starts) {
    if (state.has(start)) continue
    state.set(start, 'open')
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }]
    while (stack.length) {
      const top = stack[stack.length - 1] as { id: string; next: number }
      const edge = out.get(top.id)?.[top.next++]
      if (!edge) {
        state.set(top.id, 'done')
        stack.pop()
        continue
      }
      const seen = state.get(edge.target)
      if (seen === 'open') backward.add(edge)
      else if (!seen) {
        state.set(edge.target, 'open')
        stack.push({ id: edge.target, next: 0 })
      }
    }
  }

  // Kahn's order over the forward edges; a node's rank is final once all its inputs are ranked.
  const waiting = new Map<string, number>(ids.map((id) => [id, 0]))
  for (const list of out.values())
    for (const e of list)
      if (!backward.has(e)) waiting.set(e.target, (waiting.get(e.target) ?? 0) + 1)
  const rank = new Map<string, number>()
  const ready = ids.filter((id) => waiting.get(id) === 0)
  for (const id of ready) rank.set(id, 0)
  for (let i = 0; i < ready.length; i++) {
    const id = ready[i] as string
    const r = rank.get(id) ?? 0
    for (const e of out.get(id) ?? []) {
      if (backward.has(e)) continue
      rank.set(e.target, Math.max(rank.get(e.target) ?? 0, r + 1))
      const left = (waiting.get(e.target) ?? 0) - 1
      waiting.set(e.target, left)
      if (left === 0) ready.push(e.target)
    }
  }
  return { rank, backward }
}
