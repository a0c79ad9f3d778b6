import { useMemo } from 'react'
import {
  isTemporaryId,
  useCreateEdge,
  useCreateNode,
  useDeleteEdge,
  useDeleteNode,
  useMoveNodes,
  useTemporaryIds,
  useUpdateNode,
  type NodePatch,
} from '../../../api/graph-mutations'
import { toastGraphEditFailure } from './graph-edit-failure'
import type { WorkflowEdge, WorkflowNode } from '../../../api/schemas/graph'
import type { KnownNodeType, NodeOutput } from '../../../domain/node-types'
import type { XY } from '../layout/dagre-layout'
import { CANVAS_REGISTRY } from '../registry'

type EdgeRef = { id: string; source: string; target: string }

export type GraphActions = {
  /** Adds a step; resolves with the server's node, or null when cancelled or refused. */
  addNode: (
    type: KnownNodeType,
    at: XY,
    onTemp?: (tempId: string) => void,
  ) => Promise<WorkflowNode | null>
  connect: (source: string, target: string, label: string | null) => void
  /** Saves positions; resolves false when the user cancelled (the caller puts nodes back). */
  moveNodes: (moves: { nodeId: string; position: XY }[]) => Promise<boolean>
  /** Deletes nodes (the API removes their edges with them) and edges. */
  deleteElements: (nodeIds: readonly string[], edges: readonly EdgeRef[]) => void
  saveNode: (nodeId: string, patch: NodePatch) => Promise<'saved' | 'cancelled'>
  /** Points one output of a node at `targetId` (or at nothing), replacing what it pointed at. */
  setNextStep: (
    nodeId: string,
    output: NodeOutput,
    current: readonly WorkflowEdge[],
    targetId: string | null,
  ) => void
}

const ignore = () => undefined

/** A completed or cancelled workflow: no gesture, key or panel may send a graph write. */
const READ_ONLY: GraphActions = {
  addNode: () => Promise.resolve(null),
  connect: ignore,
  moveNodes: () => Promise.resolve(false),
  deleteElements: ignore,
  saveNode: () => Promise.resolve('cancelled'),
  setNextStep: ignore,
}
const round = (p: XY) => ({ x: Math.round(p.x), y: Math.round(p.y) })

/** Every edit of the canvas, behind the live-edit confirmation; all optimistic (graph-mutations). */
export function useGraphActions(
  workflowId: string,
  confirm: () => Promise<boolean>,
  readOnly: boolean,
): GraphActions {
  const onFailure = toastGraphEditFailure
  const { mutateAsync: createNode } = useCreateNode(workflowId, onFailure)
  const { mutateAsync: updateNode } = useUpdateNode(workflowId, onFailure)
  const { mutateAsync: moveNodes } = useMoveNodes(workflowId, onFailure)
  const { mutate: deleteNode } = useDeleteNode(workflowId, onFailure)
  const { mutateAsync: createEdge } = useCreateEdge(workflowId, onFailure)
  const { mutate: deleteEdge } = useDeleteEdge(workflowId, onFailure)
  const ids = useTemporaryIds()

  return useMemo<GraphActions>(
    () =>
      readOnly
        ? READ_ONLY
        : {
            addNode: async (type, at, onTemp) => {
              if (!(await confirm())) return null
              const def = CANVAS_REGISTRY[type]
              const tempId = ids.next('node')
              onTemp?.(tempId)
              return createNode({
                tempId,
                nodeType: type,
                label: def.spec.defaultLabel,
                position: round(at),
                config: def.defaults(),
              }).catch(() => null)
            },
            connect: (source, target, label) => {
              void confirm().then((ok) => {
                if (ok)
                  createEdge({ tempId: ids.next('edge'), source, target, label }).catch(ignore)
              })
            },
            moveNodes: async (moves) => {
              const saved = moves.filter((m) => !isTemporaryId(m.nodeId))
              if (!saved.length) return true
              if (!(await confirm())) return false
              await moveNodes({
                moves: saved.map((m) => ({ ...m, position: round(m.position) })),
              }).catch(ignore)
              return true
            },
            deleteElements: (nodeIds, edgeRefs) => {
              const nodes = nodeIds.filter((id) => !isTemporaryId(id))
              const gone = new Set(nodeIds)
              const edges = edgeRefs
                .filter((e) => !isTemporaryId(e.id) && !gone.has(e.source) && !gone.has(e.target))
                .map((e) => e.id)
              if (!nodes.length && !edges.length) return
              void confirm().then((ok) => {
                if (!ok) return
                for (const nodeId of nodes) deleteNode({ nodeId })
                for (const edgeId of edges) deleteEdge({ edgeId })
              })
            },
            saveNode: async (nodeId, patch) => {
              if (!(await confirm())) return 'cancelled'
              await updateNode({ nodeId, patch })
              return 'saved'
            },
            setNextStep: (nodeId, output, current, targetId) => {
              if (current.length === 1 && current[0]?.target === targetId) return
              void confirm()
                .then(async (ok) => {
                  if (!ok) return
                  // Create first: if the API refuses, the old connection is still there.
                  if (targetId)
                    await createEdge({
                      tempId: ids.next('edge'),
                      source: nodeId,
                      target: targetId,
                      label: output.edgeLabel,
                    })
                  for (const edge of current)
                    if (!isTemporaryId(edge.id)) deleteEdge({ edgeId: edge.id })
                })
                .catch(ignore)
            },
          },
    [readOnly, confirm, ids, createNode, updateNode, moveNodes, deleteNode, createEdge, deleteEdge],
  )
}
