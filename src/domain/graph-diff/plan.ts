import { diffGraphs, edgeKey } from './diff'
import type { GraphSnapshot, SnapshotNode } from './snapshot'

/** A step the plan refers to: one that exists now, or one an earlier operation creates. */
export type NodeRef = { existing: string } | { created: string }

export type GraphOperation =
  | { kind: 'create-node'; ref: string; node: Omit<SnapshotNode, 'id'> }
  | {
      kind: 'update-node'
      nodeId: string
      label: string
      changes: Partial<Omit<SnapshotNode, 'id' | 'node_type'>>
    }
  | { kind: 'delete-edge'; edgeId: string; from: string; to: string; label: string | null }
  | { kind: 'create-edge'; from: NodeRef; to: NodeRef; label: string | null }
  | { kind: 'delete-node'; nodeId: string; label: string }

/**
 * The API operations that turn `current` into `target`. Order: create steps, update steps,
 * remove connections, add connections, delete steps, so that no moment leaves the graph
 * without a step the next operation needs. A step whose type differs is deleted and
 * re-created (the API cannot change a type). Steps the target has and `current` lacks are
 * created anew and get new ids: `ref` is the target's id, mapped to the new one while applying.
 */
export function planGraphOperations(
  current: GraphSnapshot,
  target: GraphSnapshot,
): GraphOperation[] {
  const currentById = new Map(current.nodes.map((n) => [n.id, n]))
  const retyped = new Set(
    target.nodes
      .filter((n) => {
        const now = currentById.get(n.id)
        return now !== undefined && now.node_type !== n.node_type
      })
      .map((n) => n.id),
  )
  // Treat a re-typed step as gone from `current`, so the diff adds it and drops its edges.
  const base: GraphSnapshot = {
    nodes: current.nodes.filter((n) => !retyped.has(n.id)),
    edges: current.edges.filter((e) => !retyped.has(e.from_node_id) && !retyped.has(e.to_node_id)),
  }
  const diff = diffGraphs(base, target)
  const created = new Set(diff.addedNodes.map((n) => n.id))
  const removed = new Set([...diff.removedNodes.map((n) => n.id), ...retyped])
  const ref = (id: string): NodeRef => (created.has(id) ? { created: id } : { existing: id })
  const ops: GraphOperation[] = []
  for (const { id: _id, ...node } of diff.addedNodes)
    ops.push({ kind: 'create-node', ref: _id, node })
  for (const change of diff.changedNodes) {
    const { after } = change
    const changes: Partial<Omit<SnapshotNode, 'id' | 'node_type'>> = {}
    for (const f of change.fields) {
      if (f.field === 'label') changes.label = after.label
      else if (f.field === 'position') {
        changes.position_x = after.position_x
        changes.position_y = after.position_y
      } else if (f.field.startsWith('config.')) changes.config = after.config
    }
    ops.push({ kind: 'update-node', nodeId: after.id, label: change.before.label, changes })
  }
  const removedEdgeKeys = new Set<string>()
  for (const edge of diff.removedEdges) {
    // Deleting a step deletes its connections with it (contract §5.4).
    if (removed.has(edge.from_node_id) || removed.has(edge.to_node_id)) continue
    removedEdgeKeys.add(edgeKey(edge))
    ops.push({
      kind: 'delete-edge',
      edgeId: edge.id,
      from: edge.from_node_id,
      to: edge.to_node_id,
      label: edge.label,
    })
  }
  for (const edge of diff.addedEdges)
    ops.push({
      kind: 'create-edge',
      from: ref(edge.from_node_id),
      to: ref(edge.to_node_id),
      label: edge.label,
    })
  for (const node of current.nodes)
    if (removed.has(node.id)) ops.push({ kind: 'delete-node', nodeId: node.id, label: node.label })
  return ops
}

/** What the API is asked to do, one call per operation; the apply loop maps created ids. */
export type GraphApi = {
  createNode(node: Omit<SnapshotNode, 'id'>): Promise<{ id: string }>
  updateNode(
    nodeId: string,
    changes: Partial<Omit<SnapshotNode, 'id' | 'node_type'>>,
  ): Promise<unknown>
  deleteEdge(edgeId: string): Promise<unknown>
  createEdge(edge: {
    from_node_id: string
    to_node_id: string
    label: string | null
  }): Promise<unknown>
  deleteNode(nodeId: string): Promise<unknown>
}

export type ApplyResult =
  | { ok: true; applied: GraphOperation[]; idMap: Record<string, string> }
  | {
      ok: false
      applied: GraphOperation[]
      failed: GraphOperation
      notApplied: GraphOperation[]
      error: unknown
      idMap: Record<string, string>
    }

/**
 * Runs the operations in order and stops at the first failure, saying what was and was not done.
 * `knownIds`: ids created by an earlier run of the same plan, to carry on after a failure.
 */
export async function applyGraphOperations(
  ops: GraphOperation[],
  api: GraphApi,
  onProgress?: (done: number, total: number) => void,
  knownIds: Record<string, string> = {},
): Promise<ApplyResult> {
  const idMap: Record<string, string> = { ...knownIds }
  const resolve = (r: NodeRef) => ('existing' in r ? r.existing : (idMap[r.created] ?? r.created))
  const applied: GraphOperation[] = []
  for (const [index, op] of ops.entries()) {
    try {
      if (op.kind === 'create-node') idMap[op.ref] = (await api.createNode(op.node)).id
      else if (op.kind === 'update-node') await api.updateNode(op.nodeId, op.changes)
      else if (op.kind === 'delete-edge') await api.deleteEdge(op.edgeId)
      else if (op.kind === 'create-edge')
        await api.createEdge({
          from_node_id: resolve(op.from),
          to_node_id: resolve(op.to),
          label: op.label,
        })
      else await api.deleteNode(op.nodeId)
    } catch (error) {
      return { ok: false, applied, failed: op, notApplied: ops.slice(index + 1), error, idMap }
    }
    applied.push(op)
    onProgress?.(index + 1, ops.length)
  }
  return { ok: true, applied, idMap }
}
