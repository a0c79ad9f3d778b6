import type { WorkflowEdge, WorkflowNode } from '../../../api/schemas/graph'
import { resolveId, type GraphOp, type IdAliases } from './graph-ops'

type XY = { x: number; y: number }

/** The API calls that carry out graph ops (the fetchers of `api/graph-mutations`). */
export type GraphApi = {
  createNode: (input: {
    nodeType: string
    label: string
    position: XY
    config: Record<string, unknown>
  }) => Promise<WorkflowNode>
  updateNode: (
    nodeId: string,
    patch: { label?: string; config?: Record<string, unknown>; position?: XY },
  ) => Promise<unknown>
  deleteNode: (nodeId: string) => Promise<unknown>
  createEdge: (input: {
    source: string
    target: string
    label: string | null
  }) => Promise<WorkflowEdge>
  deleteEdge: (edgeId: string) => Promise<unknown>
}

export type ApplyResult = { applied: number; total: number; error?: unknown }

/**
 * Runs ops one after another through the API, following re-created ids; stops at the first
 * refusal and says how many were applied. A re-created step or connection is recorded in
 * `aliases` (its recorded id → the server's new one), so later ops still find it.
 */
export async function applyOps(
  api: GraphApi,
  ops: readonly GraphOp[],
  aliases: IdAliases,
  onProgress?: (done: number, total: number) => void,
): Promise<ApplyResult> {
  const id = (recorded: string) => resolveId(aliases, recorded)
  let applied = 0
  for (const op of ops) {
    try {
      switch (op.kind) {
        case 'create-node': {
          const created = await api.createNode({
            ...op.node,
            position: op.node.position ?? { x: 0, y: 0 },
          })
          if (created.id !== op.ref) aliases.set(op.ref, created.id)
          break
        }
        case 'create-edge': {
          const created = await api.createEdge({
            source: id(op.source),
            target: id(op.target),
            label: op.label,
          })
          if (created.id !== op.ref) aliases.set(op.ref, created.id)
          break
        }
        case 'update-node':
          await api.updateNode(id(op.nodeId), op.patch)
          break
        case 'delete-node':
          await api.deleteNode(id(op.nodeId))
          break
        case 'delete-edge':
          await api.deleteEdge(id(op.edgeId))
          break
      }
    } catch (error) {
      return { applied, total: ops.length, error }
    }
    applied += 1
    onProgress?.(applied, ops.length)
  }
  return { applied, total: ops.length }
}
