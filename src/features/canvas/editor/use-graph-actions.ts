import { onlineManager, useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { toast } from '../../../lib/toast'
import { fetchGraph, graphQueries } from '../../../api/graph'
import {
  isTemporaryId,
  useCreateEdge,
  useCreateNode,
  useDeleteEdge,
  useDeleteNode,
  useMoveNodes,
  useTemporaryIds,
  useUpdateNode,
  type GraphEditFailure,
  type MoveNodesVars,
  type NodePatch,
} from '../../../api/graph-mutations'
import { PoolCancelled } from '../../../lib/pool'
import type { WorkflowEdge, WorkflowGraph, WorkflowNode } from '../../../api/schemas/graph'
import type { KnownNodeType, NodeOutput } from '../../../domain/node-types'
import type { XY } from '../layout/dagre-layout'
import { CANVAS_REGISTRY } from '../registry'
import {
  deleteOps,
  edgesRemovedWith,
  reapplyPatch,
  restoreDeleted,
  revertPatch,
  type GraphOp,
} from '../undo/graph-ops'
import type { UndoEntry } from '../undo/undo-history'
import { toastGraphEditFailure } from './graph-edit-failure'
import { removeStrandedLeads } from './remove-stranded-leads'
import { sameStep, StepConflictError, type StepBase } from '../panel/step-conflict'
import type { ImpactAnswer } from './use-change-impact'
import type { GraphChange } from '../../../domain/change-impact/impact'

type EdgeRef = { id: string; source: string; target: string }

export type GraphActions = {
  /** Adds a step; resolves with the server's node, or null when cancelled or refused. */
  addNode: (
    type: KnownNodeType,
    at: XY,
    onTemp?: (tempId: string) => void,
  ) => Promise<WorkflowNode | null>
  connect: (source: string, target: string, label: string | null) => void
  /**
   * Saves the positions that changed, as one undoable change; resolves false when the user
   * declined the live-edit confirmation (the caller puts nodes back). A refused or cancelled
   * save is rolled back whole (graph-mutations).
   */
  moveNodes: (
    moves: { nodeId: string; position: XY }[],
    what?: string,
    options?: Pick<MoveNodesVars, 'signal' | 'onProgress'>,
  ) => Promise<boolean>
  /** Deletes nodes (the API removes their edges with them) and edges. */
  deleteElements: (nodeIds: readonly string[], edges: readonly EdgeRef[]) => void
  /**
   * Saves a step's name/settings. With `base` (what the form was opened with), a step changed
   * elsewhere since is refused with a `StepConflictError` unless `overwrite` is set.
   */
  saveNode: (
    nodeId: string,
    patch: NodePatch,
    options?: { base?: StepBase; overwrite?: boolean },
  ) => Promise<'saved' | 'cancelled'>
  /** Points one output of a node at `targetId` (or at nothing), replacing what it pointed at. */
  setNextStep: (
    nodeId: string,
    output: NodeOutput,
    current: readonly WorkflowEdge[],
    targetId: string | null,
  ) => void
}

const ignore = () => undefined
const round = (p: XY) => ({ x: Math.round(p.x), y: Math.round(p.y) })
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** A completed or cancelled workflow: no gesture, key or panel may send a graph write. */
const READ_ONLY: GraphActions = {
  addNode: () => Promise.resolve(null),
  connect: ignore,
  moveNodes: () => Promise.resolve(false),
  deleteElements: ignore,
  saveNode: () => Promise.resolve('cancelled'),
  setNextStep: ignore,
}

type Options = {
  confirm: () => Promise<boolean>
  /** Before a change that can reach leads in flight: their numbers, and the person's choice. */
  checkImpact: (change: GraphChange, text: { title: string; verb: string }) => Promise<ImpactAnswer>
  readOnly: boolean
  /** Every change that went through is recorded with its inverse, for undo. */
  record: (entry: UndoEntry) => void
  /** Offered in the toast of a destructive change. */
  undo: () => Promise<void>
}

/**
 * Every edit of the canvas, behind the live-edit confirmation; all optimistic (graph-mutations),
 * each recorded for undo once the API accepted it.
 */
export function useGraphActions(workflowId: string, options: Options): GraphActions {
  const { confirm, checkImpact, readOnly, record, undo } = options
  const queryClient = useQueryClient()
  const onFailure = toastGraphEditFailure
  // A cancelled tidy-up is the person's choice, not a failure to report.
  const onMoveFailure = (f: GraphEditFailure) =>
    f.error instanceof PoolCancelled ? undefined : onFailure(f)
  const { mutateAsync: createNode } = useCreateNode(workflowId, onFailure)
  const { mutateAsync: updateNode } = useUpdateNode(workflowId, onFailure)
  const { mutateAsync: moveNodes } = useMoveNodes(workflowId, onMoveFailure)
  const { mutateAsync: deleteNode } = useDeleteNode(workflowId, onFailure)
  const { mutateAsync: createEdge } = useCreateEdge(workflowId, onFailure)
  const { mutateAsync: deleteEdge } = useDeleteEdge(workflowId, onFailure)
  const ids = useTemporaryIds()

  return useMemo<GraphActions>(() => {
    if (readOnly) return READ_ONLY
    const graphNow = (): WorkflowGraph =>
      queryClient.getQueryData(graphQueries.graph(workflowId).queryKey) ?? { nodes: [], edges: [] }
    const nameOf = (graph: WorkflowGraph, id: string) =>
      `“${graph.nodes.find((n) => n.id === id)?.label || 'step'}”`
    const edgeOp = (e: WorkflowEdge): GraphOp => ({
      kind: 'create-edge',
      ref: e.id,
      source: e.source,
      target: e.target,
      label: e.label,
    })

    return {
      addNode: async (type, at, onTemp) => {
        if (!(await confirm())) return null
        const def = CANVAS_REGISTRY[type]
        const tempId = ids.next('node')
        onTemp?.(tempId)
        const node = await createNode({
          tempId,
          nodeType: type,
          label: def.spec.defaultLabel,
          position: round(at),
          config: def.defaults(),
        }).catch(() => null)
        if (node)
          record({
            label: `add “${node.label}”`,
            undo: [{ kind: 'delete-node', nodeId: node.id }],
            redo: [
              {
                kind: 'create-node',
                ref: node.id,
                node: {
                  nodeType: node.nodeType,
                  label: node.label,
                  config: node.config,
                  position: node.position,
                },
              },
            ],
          })
        return node
      },
      connect: (source, target, label) => {
        void confirm().then(async (ok) => {
          if (!ok) return
          const graph = graphNow()
          const edge = await createEdge({ tempId: ids.next('edge'), source, target, label }).catch(
            () => null,
          )
          if (edge)
            record({
              label: `connect ${nameOf(graph, source)} to ${nameOf(graph, target)}`,
              undo: [{ kind: 'delete-edge', edgeId: edge.id }],
              redo: [edgeOp(edge)],
            })
        })
      },
      moveNodes: async (moves, what, options = {}) => {
        const graph = graphNow()
        const before = new Map(graph.nodes.map((n) => [n.id, n.position]))
        // Only steps that really move are saved (a tidy-up leaves many where they are).
        const rounded = moves
          .filter((m) => !isTemporaryId(m.nodeId))
          .map((m) => ({ ...m, position: round(m.position) }))
          .filter((m) => {
            const was = before.get(m.nodeId)
            return !was || was.x !== m.position.x || was.y !== m.position.y
          })
        if (!rounded.length) return true
        if (!(await confirm())) return false
        const ok = await moveNodes({ moves: rounded, before, ...options }).then(
          () => true,
          () => false,
        )
        if (ok)
          record({
            label:
              what ??
              (rounded.length === 1
                ? `move ${nameOf(graph, rounded[0]!.nodeId)}`
                : `move ${plural(rounded.length, 'step')}`),
            undo: rounded.flatMap((m): GraphOp[] => {
              const position = before.get(m.nodeId)
              return position
                ? [{ kind: 'update-node', nodeId: m.nodeId, patch: { position } }]
                : []
            }),
            redo: rounded.map((m): GraphOp => ({
              kind: 'update-node',
              nodeId: m.nodeId,
              patch: { position: m.position },
            })),
          })
        return true
      },
      deleteElements: (nodeIds, edgeRefs) => {
        const nodes = nodeIds.filter((id) => !isTemporaryId(id))
        const gone = new Set(nodeIds)
        const edges = edgeRefs
          .filter((e) => !isTemporaryId(e.id) && !gone.has(e.source) && !gone.has(e.target))
          .map((e) => e.id)
        if (!nodes.length && !edges.length) return
        const title = describeDelete(
          graphNow(),
          nodes,
          edgesRemovedWith(graphNow(), nodes, edges).length,
        )
        void checkImpact(
          { kind: 'delete', nodeIds: nodes, edgeIds: edges },
          { title: `${title[0]!.toUpperCase()}${title.slice(1)}`, verb: 'Delete' },
        ).then(async (answer) => {
          if (!answer.go) return
          const graph = graphNow()
          const results = await Promise.allSettled([
            ...nodes.map((nodeId) => deleteNode({ nodeId }).then(() => ({ nodeId }))),
            ...edges.map((edgeId) => deleteEdge({ edgeId }).then(() => ({ edgeId }))),
          ])
          const deletedNodes: string[] = []
          const deletedEdges: string[] = []
          for (const r of results)
            if (r.status === 'fulfilled') {
              if ('nodeId' in r.value) deletedNodes.push(r.value.nodeId)
              else deletedEdges.push(r.value.edgeId)
            }
          if (!deletedNodes.length && !deletedEdges.length) return
          const removed = edgesRemovedWith(graph, deletedNodes, deletedEdges)
          const label = describeDelete(graph, deletedNodes, removed.length)
          record({
            label,
            undo: restoreDeleted(graph, deletedNodes, deletedEdges),
            redo: deleteOps(deletedNodes, deletedEdges),
          })
          toast(`Deleted ${label.slice('delete '.length)}.`, {
            action: { label: 'Undo', onClick: () => void undo() },
          })
          // Only once everything is really gone: a refused delete must not cost the leads.
          const whole = deletedNodes.length === nodes.length && deletedEdges.length === edges.length
          if (whole) await removeStrandedLeads(queryClient, workflowId, answer.removeLeadIds)
          else if (answer.removeLeadIds.length)
            toast('No lead was removed, because part of the deletion was refused.')
        })
      },
      saveNode: async (nodeId, patch, options = {}) => {
        const { base, overwrite = false } = options
        // Offline a save would wait unseen behind a "Saving…" button: say so now instead.
        if (!onlineManager.isOnline())
          throw new Error(
            'You are offline, so the step was not saved. Save again when the connection returns.',
          )
        if (base && !overwrite && !isTemporaryId(nodeId)) {
          // Read the step as the server has it now: a save never overwrites unseen changes.
          const fresh = await fetchGraph(workflowId).catch((error: unknown) => {
            // The graph could not be read: the screen must say it may be out of date.
            void queryClient.refetchQueries({ queryKey: graphQueries.graph(workflowId).queryKey })
            throw error
          })
          const theirs = fresh.nodes.find((n) => n.id === nodeId) ?? null
          if (!theirs || !sameStep(theirs, base)) {
            void queryClient.invalidateQueries({
              queryKey: graphQueries.graph(workflowId).queryKey,
            })
            throw new StepConflictError(base, theirs)
          }
        }
        const current = graphNow().nodes.find((n) => n.id === nodeId)
        const answer = patch.config
          ? await checkImpact(
              { kind: 'reconfigure', nodeId, config: patch.config },
              { title: `Save the new settings of “${current?.label || 'step'}”`, verb: 'Save' },
            )
          : { go: await confirm() }
        if (!answer.go) return 'cancelled'
        const before = graphNow().nodes.find((n) => n.id === nodeId)
        const after = await updateNode({ nodeId, patch })
        if (before && !isTemporaryId(nodeId))
          record({
            label: `change “${before.label}”`,
            undo: [revertPatch(before, patch, after)],
            redo: [reapplyPatch(before, patch)],
          })
        return 'saved'
      },
      setNextStep: (nodeId, output, current, targetId) => {
        if (current.length === 1 && current[0]?.target === targetId) return
        const saved = current.filter((e) => !isTemporaryId(e.id)).map((e) => e.id)
        const from = nameOf(graphNow(), nodeId)
        const change: GraphChange = targetId
          ? { kind: 'redirect', nodeId, output, targetId }
          : { kind: 'delete', nodeIds: [], edgeIds: saved }
        void checkImpact(change, {
          title: `Change where ${from} goes when ${output.title.toLowerCase()}`,
          verb: 'Change it',
        })
          .then(async (answer) => {
            if (!answer.go) return
            const graph = graphNow()
            // Create first: if the API refuses, the old connection is still there.
            const created = targetId
              ? await createEdge({
                  tempId: ids.next('edge'),
                  source: nodeId,
                  target: targetId,
                  label: output.edgeLabel,
                })
              : null
            const old = current.filter((e) => !isTemporaryId(e.id))
            await Promise.all(old.map((edge) => deleteEdge({ edgeId: edge.id })))
            record({
              label: `change where ${nameOf(graph, nodeId)} goes when ${output.title.toLowerCase()}`,
              undo: [
                ...(created ? [{ kind: 'delete-edge', edgeId: created.id } as GraphOp] : []),
                ...old.map(edgeOp),
              ],
              redo: [
                ...(created ? [edgeOp(created)] : []),
                ...old.map((e): GraphOp => ({ kind: 'delete-edge', edgeId: e.id })),
              ],
            })
            await removeStrandedLeads(queryClient, workflowId, answer.removeLeadIds)
          })
          .catch(ignore)
      },
    }
  }, [
    readOnly,
    confirm,
    checkImpact,
    record,
    undo,
    queryClient,
    workflowId,
    ids,
    createNode,
    updateNode,
    moveNodes,
    deleteNode,
    createEdge,
    deleteEdge,
  ])
}

/** `delete “Call 2” and 2 connections`, `delete 3 steps`, `delete a connection`. */
function describeDelete(graph: WorkflowGraph, nodeIds: readonly string[], edges: number): string {
  const steps =
    nodeIds.length === 1
      ? `“${graph.nodes.find((n) => n.id === nodeIds[0])?.label || 'step'}”`
      : nodeIds.length > 1
        ? plural(nodeIds.length, 'step')
        : ''
  const links = edges === 1 ? 'a connection' : plural(edges, 'connection')
  if (!steps) return `delete ${links}`
  return edges ? `delete ${steps} and ${edges === 1 ? '1 connection' : links}` : `delete ${steps}`
}
