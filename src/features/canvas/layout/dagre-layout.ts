import dagre from '@dagrejs/dagre'
import { NODE_WIDTH } from '../nodes/shared/node-metrics'

export type XY = { x: number; y: number }
export type LayoutNode = { id: string; width?: number | undefined; height?: number | undefined }
export type LayoutEdge = { source: string; target: string }
export type PlacedNode = LayoutNode & { position: XY | null }

/** A node's size before React Flow has measured it (the node face is 240 px wide). */
export const DEFAULT_NODE_SIZE = { width: NODE_WIDTH, height: 150 }
const RANK_GAP = 90
const NODE_GAP = 40

const sizeOf = (n: LayoutNode) => ({
  width: n.width ?? DEFAULT_NODE_SIZE.width,
  height: n.height ?? DEFAULT_NODE_SIZE.height,
})

/** Left-to-right layered layout of the whole graph; positions are top-left corners. */
export function layoutGraph(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
): Map<string, XY> {
  const g = new dagre.graphlib.Graph({ multigraph: true })
  g.setGraph({ rankdir: 'LR', ranksep: RANK_GAP, nodesep: NODE_GAP, marginx: 0, marginy: 0 })
  g.setDefaultEdgeLabel(() => ({}))
  const ids = new Set(nodes.map((n) => n.id))
  for (const n of nodes) g.setNode(n.id, sizeOf(n))
  edges.forEach((e, i) => {
    if (ids.has(e.source) && ids.has(e.target)) g.setEdge(e.source, e.target, {}, `e${i}`)
  })
  dagre.layout(g)
  const positions = new Map<string, XY>()
  for (const n of nodes) {
    const laid = g.node(n.id) as { x: number; y: number } | undefined
    const { width, height } = sizeOf(n)
    positions.set(n.id, laid ? { x: laid.x - width / 2, y: laid.y - height / 2 } : { x: 0, y: 0 })
  }
  return positions
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
