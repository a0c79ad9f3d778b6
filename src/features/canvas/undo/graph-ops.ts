import type { WorkflowEdge, WorkflowGraph, WorkflowNode } from '../../../api/schemas/graph'

type XY = { x: number; y: number }

/**
 * One API operation on a graph. Ids are the ids the operation was recorded with; a step or
 * connection re-created later gets a new id from the server, which `IdAliases` follows.
 */
export type GraphOp =
  | {
      kind: 'create-node'
      /** The id this step had (or will be known by) when the op was recorded. */
      ref: string
      node: Pick<WorkflowNode, 'nodeType' | 'label' | 'config'> & { position: XY | null }
    }
  | { kind: 'delete-node'; nodeId: string }
  | {
      kind: 'update-node'
      nodeId: string
      patch: { label?: string; config?: Record<string, unknown>; position?: XY }
      /** What the step must still hold for the op to apply (else it changed elsewhere). */
      expect?: { label?: string; config?: Record<string, unknown> }
    }
  | { kind: 'create-edge'; ref: string; source: string; target: string; label: string | null }
  | { kind: 'delete-edge'; edgeId: string }

/** Recorded id → the id the server uses now (after a step was re-created by undo or redo). */
export type IdAliases = Map<string, string>

export function resolveId(aliases: IdAliases, id: string): string {
  let current = id
  for (let hops = 0; hops < 100 && aliases.has(current); hops++) current = aliases.get(current)!
  return current
}

const snapshotNode = (n: WorkflowNode): Extract<GraphOp, { kind: 'create-node' }> => ({
  kind: 'create-node',
  ref: n.id,
  node: { nodeType: n.nodeType, label: n.label, config: n.config, position: n.position },
})

const snapshotEdge = (e: WorkflowEdge): Extract<GraphOp, { kind: 'create-edge' }> => ({
  kind: 'create-edge',
  ref: e.id,
  source: e.source,
  target: e.target,
  label: e.label,
})

/**
 * What puts back deleted steps and connections: the steps first (with their config and
 * position), then every connection that went with them (the API removes a step's connections
 * with it) and the connections deleted on their own.
 */
export function restoreDeleted(
  graph: WorkflowGraph,
  nodeIds: readonly string[],
  edgeIds: readonly string[],
): GraphOp[] {
  const gone = new Set(nodeIds)
  const edges = new Set(edgeIds)
  return [
    ...graph.nodes.filter((n) => gone.has(n.id)).map(snapshotNode),
    ...graph.edges
      .filter((e) => edges.has(e.id) || gone.has(e.source) || gone.has(e.target))
      .map(snapshotEdge),
  ]
}

/** The connections a delete takes with it (its own and those of the deleted steps). */
export function edgesRemovedWith(
  graph: WorkflowGraph,
  nodeIds: readonly string[],
  edgeIds: readonly string[],
): WorkflowEdge[] {
  const gone = new Set(nodeIds)
  const edges = new Set(edgeIds)
  return graph.edges.filter((e) => edges.has(e.id) || gone.has(e.source) || gone.has(e.target))
}

export const deleteOps = (nodeIds: readonly string[], edgeIds: readonly string[]): GraphOp[] => [
  ...edgeIds.map((edgeId): GraphOp => ({ kind: 'delete-edge', edgeId })),
  ...nodeIds.map((nodeId): GraphOp => ({ kind: 'delete-node', nodeId })),
]

/**
 * The update that undoes `patch` on `node`: the fields it changed, back to what they were; it
 * applies only while the step still holds `after` (what the server answered to the change).
 */
export function revertPatch(
  node: WorkflowNode,
  patch: Extract<GraphOp, { kind: 'update-node' }>['patch'],
  after: Pick<WorkflowNode, 'label' | 'config'> = {
    label: patch.label ?? node.label,
    config: patch.config ?? node.config,
  },
): Extract<GraphOp, { kind: 'update-node' }> {
  return {
    kind: 'update-node',
    nodeId: node.id,
    patch: {
      ...(patch.label !== undefined ? { label: node.label } : {}),
      ...(patch.config !== undefined ? { config: node.config } : {}),
      ...(patch.position !== undefined && node.position ? { position: node.position } : {}),
    },
    expect: {
      ...(patch.label !== undefined ? { label: after.label } : {}),
      ...(patch.config !== undefined ? { config: after.config } : {}),
    },
  }
}

/** The same update, checked against what the step held before it (for redo). */
export function reapplyPatch(
  node: WorkflowNode,
  patch: Extract<GraphOp, { kind: 'update-node' }>['patch'],
): Extract<GraphOp, { kind: 'update-node' }> {
  return {
    kind: 'update-node',
    nodeId: node.id,
    patch,
    expect: {
      ...(patch.label !== undefined ? { label: node.label } : {}),
      ...(patch.config !== undefined ? { config: node.config } : {}),
    },
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Why `ops` cannot apply to `graph` as it is now, in words; null when they can. Steps the ops
 * re-create count as present for the connections that follow them.
 */
export function conflictOf(
  graph: WorkflowGraph,
  ops: readonly GraphOp[],
  aliases: IdAliases,
): string | null {
  const created = new Set<string>()
  const byId = new Map(graph.nodes.map((n) => [n.id, n]))
  const node = (id: string) => byId.get(resolveId(aliases, id))
  for (const op of ops) {
    const reason = conflictOfOne(op)
    if (reason) return reason
    if (op.kind === 'create-node') created.add(op.ref)
  }
  return null

  function conflictOfOne(op: GraphOp): string | null {
    switch (op.kind) {
      case 'update-node': {
        const current = node(op.nodeId)
        if (!current) return 'the step no longer exists'
        if (op.expect?.label !== undefined && current.label !== op.expect.label)
          return `the step “${current.label}” was renamed elsewhere since`
        if (op.expect?.config !== undefined && !same(current.config, op.expect.config))
          return `the step “${current.label}” was changed elsewhere since`
        return null
      }
      case 'delete-node':
        return node(op.nodeId) ? null : 'the step was already deleted'
      case 'delete-edge':
        return graph.edges.some((e) => e.id === resolveId(aliases, op.edgeId))
          ? null
          : 'the connection was already removed'
      case 'create-edge':
        return [op.source, op.target].every((id) => created.has(id) || node(id))
          ? null
          : 'a step it connects no longer exists'
      case 'create-node':
        return null
    }
  }
}
