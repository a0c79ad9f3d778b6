import { NODE_WIDTH } from '../nodes/shared/node-metrics'
import type dagreLibrary from '@dagrejs/dagre'
import { loadedDagre } from './dagre-lib'
import { rankSteps } from './rank'

export type XY = { x: number; y: number }
export type LayoutNode = { id: string; width?: number | undefined; height?: number | undefined }
export type LayoutEdge = { source: string; target: string }
export type PlacedNode = LayoutNode & { position: XY | null }

/** A node's size when neither its face (layout/step-size.ts) nor a measurement is known. */
export const DEFAULT_NODE_SIZE = { width: NODE_WIDTH, height: 150 }
/**
 * Between columns: an edge's label starts 8 px right of its source handle and is at most about
 * 150 px long ("✕ ✓ 10,000 passed" at 14 px), and a backward edge runs down 24 px left of its
 * target; 200 keeps the three apart.
 */
export const RANK_GAP = 200
export const NODE_GAP = 40
/**
 * How many bend points (dagre's dummy nodes) long edges may add. Every rank an edge crosses is one
 * more node for dagre's ordering, which slows it quadratically: a 1,000-step graph whose exits all
 * lead to a few final steps has hundreds of thousands. Edges are given to dagre shortest first
 * until the budget is spent; the rest are still drawn, and still run left to right (the ranks
 * come from all edges), they just do not steer the vertical order.
 */
const BEND_BUDGET = 2000
/**
 * Above this many steps dagre's crossing reduction is replaced by a depth-first order: dagre
 * builds two graphs per rank for it, which alone takes most of a second on a 1,000-step chain.
 */
const FULL_ORDER_MAX_STEPS = 80

const sizeOf = (n: LayoutNode) => ({
  width: n.width ?? DEFAULT_NODE_SIZE.width,
  height: n.height ?? DEFAULT_NODE_SIZE.height,
})

/**
 * Left-to-right layered layout of the whole graph; positions are whole-pixel top-left corners.
 * The entry step is in the leftmost column, every edge but a loop's way back runs to a column
 * further right, and no two steps overlap (columns are `RANK_GAP` apart, steps in a column
 * `NODE_GAP`). dagre must have loaded (`loadDagre()`, layout/dagre-lib.ts).
 */
export function layoutGraph(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
): Map<string, XY> {
  const { rank, backward } = rankSteps(
    nodes.map((n) => n.id),
    edges,
  )
  const dagre = loadedDagre()
  const g = new dagre.graphlib.Graph()
  g.setGraph({ rankdir: 'LR', ranksep: RANK_GAP, nodesep: NODE_GAP, ranker: 'none' })
  g.setDefaultEdgeLabel(() => ({}))
  // dagre leaves a rank between two columns for edge labels (it halves `ranksep` to match); it
  // gives an edge its points only through the bends it adds there, so the columns are even ranks.
  for (const n of nodes) g.setNode(n.id, { ...sizeOf(n), rank: 2 * (rank.get(n.id) ?? 0) })
  const span = (e: LayoutEdge) => (rank.get(e.target) ?? 0) - (rank.get(e.source) ?? 0)
  const forward = edges
    .filter((e) => !backward.has(e) && rank.has(e.source) && rank.has(e.target))
    .sort((a, b) => span(a) - span(b))
  let bends = 0
  for (const e of forward) {
    const cost = 2 * span(e) - 1
    if (span(e) > 1 && bends + cost > BEND_BUDGET) break
    bends += cost
    g.setEdge(e.source, e.target, { minlen: span(e) })
  }
  dagre.layout(g, nodes.length > FULL_ORDER_MAX_STEPS ? { customOrder: depthFirstOrder } : {})
  const positions = new Map<string, XY>()
  for (const n of nodes) {
    const laid = g.node(n.id) as { x: number; y: number } | undefined
    const { width, height } = sizeOf(n)
    positions.set(
      n.id,
      laid
        ? { x: Math.round(laid.x - width / 2), y: Math.round(laid.y - height / 2) }
        : { x: 0, y: 0 },
    )
  }
  return positions
}

/** dagre's initial order (each rank in the order a depth-first walk meets its nodes), no sweeps. */
function depthFirstOrder(graph: InstanceType<typeof dagreLibrary.graphlib.Graph>) {
  const next = new Map<number, number>()
  const seen = new Set<string>()
  const rankOf = (v: string) => (graph.node(v) as { rank: number }).rank
  const ids = graph.nodes().sort((a: string, b: string) => rankOf(a) - rankOf(b))
  for (const start of ids) {
    const stack = [start]
    while (stack.length) {
      const v = stack.pop() as string
      if (seen.has(v)) continue
      seen.add(v)
      const node = graph.node(v) as { rank: number; order: number }
      node.order = next.get(node.rank) ?? 0
      next.set(node.rank, node.order + 1)
      const after = (graph.successors(v) as string[] | undefined) ?? []
      for (let i = after.length - 1; i >= 0; i--) stack.push(after[i] as string)
    }
  }
}

type Rect = { x: number; y: number; width: number; height: number }
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width + NODE_GAP / 2 &&
  b.x < a.x + a.width + NODE_GAP / 2 &&
  a.y < b.y + b.height + NODE_GAP / 2 &&
  b.y < a.y + a.height + NODE_GAP / 2

/**
 * Positions for the nodes that have none. When no node has a real position (all null, or all
 * stacked at 0,0) the whole graph is laid out; otherwise each missing node is placed where the
 * layout puts it relative to a positioned neighbour, then moved down until it overlaps nothing.
 */
export function placeMissing(
  nodes: readonly PlacedNode[],
  edges: readonly LayoutEdge[],
): Map<string, XY> {
  const missing = nodes.filter((n) => !n.position)
  const allStacked =
    nodes.length > 1 &&
    nodes.every((n) => !n.position || (n.position.x === 0 && n.position.y === 0))
  if (allStacked || missing.length === nodes.length) return layoutGraph(nodes, edges)
  if (!missing.length) return new Map()

  const full = layoutGraph(nodes, edges)
  const placed = new Map<string, XY>()
  for (const n of nodes) if (n.position) placed.set(n.id, n.position)
  const anchored = nodes.filter((n) => n.position)
  const offset = anchored.reduce(
    (acc, n) => {
      const f = full.get(n.id) ?? { x: 0, y: 0 }
      return {
        x: acc.x + ((n.position?.x ?? 0) - f.x) / anchored.length,
        y: acc.y + ((n.position?.y ?? 0) - f.y) / anchored.length,
      }
    },
    { x: 0, y: 0 },
  )
  const neighbours = (id: string) => [
    ...edges.filter((e) => e.target === id).map((e) => e.source),
    ...edges.filter((e) => e.source === id).map((e) => e.target),
  ]
  const rectOf = (n: LayoutNode, p: XY): Rect => ({ ...p, ...sizeOf(n) })
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const order = [...missing].sort((a, b) => (full.get(a.id)?.x ?? 0) - (full.get(b.id)?.x ?? 0))

  for (const node of order) {
    const own = full.get(node.id) ?? { x: 0, y: 0 }
    const anchor = neighbours(node.id).find((id) => placed.has(id))
    const anchorAt = anchor ? placed.get(anchor) : undefined
    const anchorFull = anchor ? full.get(anchor) : undefined
    let pos =
      anchorAt && anchorFull
        ? { x: anchorAt.x + own.x - anchorFull.x, y: anchorAt.y + own.y - anchorFull.y }
        : { x: own.x + offset.x, y: own.y + offset.y }
    const { height } = sizeOf(node)
    const blocked = (p: XY) =>
      [...placed].some(([id, at]) => {
        const other = byId.get(id)
        return other ? overlaps(rectOf(node, p), rectOf(other, at)) : false
      })
    while (blocked(pos)) pos = { x: pos.x, y: pos.y + height + NODE_GAP }
    placed.set(node.id, pos)
  }
  return new Map(missing.map((n) => [n.id, placed.get(n.id) ?? { x: 0, y: 0 }]))
}

/** `at`, or the nearest spot below it that overlaps none of `nodes` (for a step added by click). */
export function freeSpot(at: XY, nodes: readonly (LayoutNode & { position: XY })[]): XY {
  const size = DEFAULT_NODE_SIZE
  let pos = at
  const blocked = (p: XY) =>
    nodes.some((n) => overlaps({ ...p, ...size }, { ...n.position, ...sizeOf(n) }))
  for (let i = 0; i < 200 && blocked(pos); i++) pos = { x: pos.x + 24, y: pos.y + 48 }
  return pos
}
