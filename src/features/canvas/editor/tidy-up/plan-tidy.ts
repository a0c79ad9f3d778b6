import { layoutGraph, type LayoutEdge, type XY } from '../../layout/dagre-layout'
import { stepLayoutSize } from '../../layout/step-size'

export type TidyNode = {
  id: string
  position: XY
  /** What decides the step's drawn size (a flow node's data). */
  data: { summary: readonly string[]; outputs: readonly unknown[] }
}
export type Move = { nodeId: string; position: XY }

/** The name of the `performance.measure` entry of each layout (read by `npm run bench`). */
export const TIDY_MEASURE = 'tidy-up: layout'

/**
 * Where "Tidy up" puts every step (dagre, left to right, each step at the size the layout reserves
 * for it: the same as the seeds' stored layout, so a tidy graph stays put), as the
 * moves of the steps that end up somewhere else: a step already in place is not saved again.
 */
export function planTidy(nodes: readonly TidyNode[], edges: readonly LayoutEdge[]): Move[] {
  const start = performance.now()
  const positions = layoutGraph(
    nodes.map((n) => ({ id: n.id, ...stepLayoutSize(n.data) })),
    edges,
  )
  const moves: Move[] = []
  for (const n of nodes) {
    const to = positions.get(n.id)
    if (!to) continue
    const position = { x: Math.round(to.x), y: Math.round(to.y) }
    if (position.x !== Math.round(n.position.x) || position.y !== Math.round(n.position.y))
      moves.push({ nodeId: n.id, position })
  }
  performance.measure(TIDY_MEASURE, { start, end: performance.now() })
  return moves
}
