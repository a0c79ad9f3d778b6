import type { WorkflowEdge, WorkflowGraph } from '../../../api/schemas/graph'
import { EMPTY_LOOKUPS } from '../lookups'
import { LONGEST_LABEL } from '../edges/edge-label'
import { backwardPoints, isBackward, labelBox, runY, type Rect, type XY } from '../edges/edge-path'
import {
  NODE_WIDTH,
  inputHandleY,
  outputHandleY,
  stepHeight,
  type StepFaceParts,
} from '../nodes/shared/node-metrics'
import { canvasDef } from '../registry'
import { outputsOf, sourceHandleOf } from '../to-flow'

/**
 * What a laid-out graph looks like on the canvas, from positions alone: each step's face, its
 * edges' handles, labels and (for backward edges) routes. For the layout's tests.
 */
export function drawnGraph(
  graph: WorkflowGraph,
  positions: ReadonlyMap<string, XY>,
  face: { marker: boolean; stats: boolean },
) {
  const outgoing = new Map<string, WorkflowEdge[]>()
  for (const e of graph.edges) outgoing.set(e.source, [...(outgoing.get(e.source) ?? []), e])
  const steps = new Map(
    graph.nodes.map((node) => {
      const outputs = outputsOf(node, outgoing.get(node.id) ?? [])
      const parts: StepFaceParts = {
        ...face,
        summaryLines: (canvasDef(node.nodeType)?.summarize(node.config, EMPTY_LOOKUPS) ?? [])
          .length,
        outputs: outputs.length,
      }
      const at = positions.get(node.id) ?? { x: 0, y: 0 }
      const rect: Rect = { ...at, width: NODE_WIDTH, height: stepHeight(parts) }
      return [node.id, { node, parts, outputs: outputs.map((o) => o.id), rect }] as const
    }),
  )
  const rects = [...steps.values()].map((s) => s.rect)
  const edges = graph.edges.flatMap((edge) => {
    const from = steps.get(edge.source)
    const to = steps.get(edge.target)
    if (!from || !to) return []
    const index = from.outputs.indexOf(sourceHandleOf(from.node, edge.label))
    const source = {
      x: from.rect.x + NODE_WIDTH,
      y: from.rect.y + outputHandleY(from.parts, index),
    }
    const target = { x: to.rect.x, y: to.rect.y + inputHandleY(to.parts) }
    const backward = isBackward(source, target)
    return [
      {
        edge,
        source,
        target,
        backward,
        label: labelBox(source, LONGEST_LABEL),
        route: backward ? backwardPoints(source, target, runY(source, target, rects)) : null,
      },
    ]
  })
  return { steps, rects, edges }
}

export const overlap = (a: Rect, b: Rect, margin = 0) =>
  a.x < b.x + b.width + margin &&
  b.x < a.x + a.width + margin &&
  a.y < b.y + b.height + margin &&
  b.y < a.y + a.height + margin

/** Points every `step` px along a polyline. */
export function sample(points: readonly XY[], step = 4): XY[] {
  const out: XY[] = []
  points.slice(1).forEach((b, i) => {
    const a = points[i] as XY
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step))
    for (let k = 0; k <= n; k++)
      out.push({ x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n })
  })
  return out
}

export const inside = (p: XY, r: Rect) =>
  p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height

/** Pairs of boxes that overlap, found by sweeping along x (a 1,000-step graph has 1,800 labels). */
export function overlappingPairs<T>(
  items: readonly T[],
  box: (t: T) => Rect,
  margin = 0,
): [T, T][] {
  const sorted = [...items].sort((a, b) => box(a).x - box(b).x)
  const pairs: [T, T][] = []
  sorted.forEach((a, i) => {
    const ra = box(a)
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as T
      const rb = box(b)
      if (rb.x >= ra.x + ra.width + margin) break
      if (overlap(ra, rb, margin)) pairs.push([a, b])
    }
  })
  return pairs
}
