import type { WorkflowEdge, WorkflowNode } from '../../../api/schemas/graph'
import { runPool } from '../../../lib/pool'
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

/** Updates of different steps in a row do not depend on each other: sent this many at once. */
const UPDATES_AT_ONCE = 6

type UpdateOp = Extract<GraphOp, { kind: 'update-node' }>

/** The run of update-node ops from `start` on, each on a step not updated earlier in the run. */
function updateRun(ops: readonly GraphOp[], start: number): UpdateOp[] {
  const run: UpdateOp[] = []
  const seen = new Set<string>()
  for (let i = start; i < ops.length; i++) {
    const op = ops[i] as GraphOp
    if (op.kind !== 'update-node' || seen.has(op.nodeId)) break
    seen.add(op.nodeId)
    run.push(op)
  }
  return run
}

/**
 * Runs ops through the API in order, following re-created ids; stops at the first refusal and
 * says how many were applied. Updates of distinct steps in a row (a tidy-up: one per step) go in
 * bounded parallel. A re-created step or connection is recorded in `aliases` (its recorded id →
 * the server's new one), so later ops still find it.
 */
export async function applyOps(
  api: GraphApi,
  ops: readonly GraphOp[],
  aliases: IdAliases,
  onProgress?: (done: number, total: number) => void,
): Promise<ApplyResult> {
  const id = (recorded: string) => resolveId(aliases, recorded)
  let applied = 0
  for (let i = 0; i < ops.length;) {
    const run = updateRun(ops, i)
    if (run.length > 1) {
      const result = await runPool(run, (op) => api.updateNode(id(op.nodeId), op.patch), {
        limit: UPDATES_AT_ONCE,
        onDone: () => onProgress?.(++applied, ops.length),
      })
      if (result.error !== undefined) return { applied, total: ops.length, error: result.error }
      i += run.length
      continue
    }
    const op = ops[i] as GraphOp
    try {
      await applyOne(op)
    } catch (error) {
      return { applied, total: ops.length, error }
    }
    applied += 1
    i += 1
    onProgress?.(applied, ops.length)
  }
  return { applied, total: ops.length }

  async function applyOne(op: GraphOp) {
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
  }
}
