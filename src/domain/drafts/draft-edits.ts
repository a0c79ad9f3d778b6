import { isKnownNodeType, isTerminalType } from '../node-types'
import type { GraphSnapshot, SnapshotEdge, SnapshotNode } from '../graph-diff/snapshot'

/**
 * A draft's graph and the edits the canvas makes to it, with the DialNexa graph endpoints' own
 * rules (contract §5), so the same canvas edits a draft and a live graph: nodes of a known type,
 * a type that never changes, config replaced whole, no edge out of a final step, no duplicate
 * edge, deleting a step deletes its connections. Pure: the server stores the result.
 */
export type DraftGraph = GraphSnapshot & {
  /** Ids handed out so far; draft ids never look like (or collide with) the API's. */
  issued: number
}

export class DraftEditError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message)
    this.name = 'DraftEditError'
  }
}

const LABEL_MAX = 255
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function body(raw: unknown): Record<string, unknown> {
  if (!isRecord(raw)) throw new DraftEditError(400, 'The body must be a JSON object.')
  return raw
}

function label(b: Record<string, unknown>): string | undefined {
  if (b.label === undefined || b.label === null) return undefined
  if (typeof b.label !== 'string') throw new DraftEditError(400, 'label must be a string')
  if (b.label.trim().length > LABEL_MAX)
    throw new DraftEditError(400, `label must be shorter than or equal to ${LABEL_MAX} characters`)
  return b.label.trim()
}

function position(b: Record<string, unknown>, key: 'position_x' | 'position_y') {
  const v = b[key]
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new DraftEditError(400, `${key} must be a number`)
  return v
}

function config(b: Record<string, unknown>): Record<string, unknown> | undefined {
  if (b.config === undefined) return undefined
  if (!isRecord(b.config)) throw new DraftEditError(400, 'config must be an object')
  return structuredClone(b.config)
}

function node(graph: DraftGraph, id: string): SnapshotNode {
  const found = graph.nodes.find((n) => n.id === id)
  if (!found) throw new DraftEditError(404, `Node ${id} is not in the draft.`)
  return found
}

const nextId = (graph: DraftGraph, kind: 'node' | 'edge') => ({
  id: `draft_${kind}_${graph.issued + 1}`,
  issued: graph.issued + 1,
})

export function draftFromLive(live: GraphSnapshot): DraftGraph {
  return { ...structuredClone(live), issued: 0 }
}

export function createDraftNode(graph: DraftGraph, raw: unknown) {
  const b = body(raw)
  if (typeof b.node_type !== 'string' || !isKnownNodeType(b.node_type))
    throw new DraftEditError(
      400,
      'node_type must be one of VOICE_CALL, TIME, CONDITIONAL, APPLICATION, CONVERTED, DROPPED',
    )
  const { id, issued } = nextId(graph, 'node')
  const created: SnapshotNode = {
    id,
    node_type: b.node_type,
    label: label(b) || b.node_type,
    position_x: position(b, 'position_x') ?? 0,
    position_y: position(b, 'position_y') ?? 0,
    config: config(b) ?? {},
  }
  return { graph: { ...graph, issued, nodes: [...graph.nodes, created] }, node: created }
}

export function updateDraftNode(graph: DraftGraph, nodeId: string, raw: unknown) {
  const b = body(raw)
  const current = node(graph, nodeId)
  if (b.node_type !== undefined && b.node_type !== current.node_type)
    throw new DraftEditError(
      400,
      'node_type cannot be changed; delete the node and create a new one',
    )
  const next: SnapshotNode = { ...current }
  const l = label(b)
  const x = position(b, 'position_x')
  const y = position(b, 'position_y')
  const c = config(b)
  if (l === undefined && x === undefined && y === undefined && c === undefined)
    throw new DraftEditError(
      400,
      'Body has no editable field; send label, config, position_x and/or position_y.',
    )
  if (l) next.label = l
  if (x !== undefined) next.position_x = x
  if (y !== undefined) next.position_y = y
  if (c !== undefined) next.config = c
  return {
    graph: { ...graph, nodes: graph.nodes.map((n) => (n.id === nodeId ? next : n)) },
    node: next,
  }
}

export function deleteDraftNode(graph: DraftGraph, nodeId: string): DraftGraph {
  node(graph, nodeId)
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => n.id !== nodeId),
    edges: graph.edges.filter((e) => e.from_node_id !== nodeId && e.to_node_id !== nodeId),
  }
}

const norm = (l: string | null) => (l?.trim() ? l.trim().toLowerCase() : null)

export function createDraftEdge(graph: DraftGraph, raw: unknown) {
  const b = body(raw)
  for (const key of ['from_node_id', 'to_node_id'] as const)
    if (typeof b[key] !== 'string' || !(b[key] as string).trim())
      throw new DraftEditError(400, `${key} must be a non-empty string`)
  if (b.label !== undefined && b.label !== null && typeof b.label !== 'string')
    throw new DraftEditError(400, 'label must be a string')
  const from = node(graph, String(b.from_node_id))
  const to = node(graph, String(b.to_node_id))
  if (isTerminalType(from.node_type))
    throw new DraftEditError(
      400,
      `“${from.label}” is a final step; it cannot have outgoing connections.`,
    )
  const edgeLabel = typeof b.label === 'string' && b.label.trim() ? b.label.trim() : null
  if (
    graph.edges.some(
      (e) =>
        e.from_node_id === from.id && e.to_node_id === to.id && norm(e.label) === norm(edgeLabel),
    )
  )
    throw new DraftEditError(
      409,
      `This connection from “${from.label}” to “${to.label}” already exists.`,
    )
  const { id, issued } = nextId(graph, 'edge')
  const created: SnapshotEdge = { id, from_node_id: from.id, to_node_id: to.id, label: edgeLabel }
  return { graph: { ...graph, issued, edges: [...graph.edges, created] }, edge: created }
}

export function deleteDraftEdge(graph: DraftGraph, edgeId: string): DraftGraph {
  if (!graph.edges.some((e) => e.id === edgeId))
    throw new DraftEditError(404, `Edge ${edgeId} is not in the draft.`)
  return { ...graph, edges: graph.edges.filter((e) => e.id !== edgeId) }
}
