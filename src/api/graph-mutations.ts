import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { PoolCancelled, runPool } from '../lib/pool'
import { apiRequest } from './client'
import { graphEndpoint } from './graph-source'
import { graphQueries } from './graph'
import {
  workflowEdgeSchema,
  workflowNodeSchema,
  type WorkflowEdge,
  type WorkflowGraph,
  type WorkflowNode,
} from './schemas/graph'
import { workflowKeys } from './query-keys'

type XY = { x: number; y: number }

/** `workflowId` below may be a draft's graph id (graph-source.ts): the draft is edited alike. */
const base = (graphId: string) => graphEndpoint(graphId).base
const root = (graphId: string) => graphEndpoint(graphId).root
const anyBody = z.unknown()

// ---- fetchers ---------------------------------------------------------------------------------

export type CreateNodeInput = {
  nodeType: string
  label: string
  position: XY
  config: Record<string, unknown>
}

export const createNode = (workflowId: string, input: CreateNodeInput) =>
  apiRequest(`${base(workflowId)}/nodes`, {
    root: root(workflowId),
    method: 'POST',
    schema: workflowNodeSchema,
    body: {
      node_type: input.nodeType,
      label: input.label,
      position_x: Math.round(input.position.x),
      position_y: Math.round(input.position.y),
      config: input.config,
    },
  })

/** Only the keys present are sent; `config` always travels whole (the API replaces it). */
export type NodePatch = { label?: string; config?: Record<string, unknown>; position?: XY }

export const updateNode = (workflowId: string, nodeId: string, patch: NodePatch) =>
  apiRequest(`${base(workflowId)}/nodes/${encodeURIComponent(nodeId)}`, {
    root: root(workflowId),
    method: 'PATCH',
    schema: workflowNodeSchema,
    body: {
      ...(patch.label !== undefined ? { label: patch.label } : {}),
      ...(patch.config !== undefined ? { config: patch.config } : {}),
      ...(patch.position
        ? { position_x: Math.round(patch.position.x), position_y: Math.round(patch.position.y) }
        : {}),
    },
  })

export const deleteNode = (workflowId: string, nodeId: string) =>
  apiRequest(`${base(workflowId)}/nodes/${encodeURIComponent(nodeId)}`, {
    root: root(workflowId),
    method: 'DELETE',
    schema: anyBody,
  })

export type CreateEdgeInput = { source: string; target: string; label: string | null }

export const createEdge = (workflowId: string, input: CreateEdgeInput) =>
  apiRequest(`${base(workflowId)}/edges`, {
    root: root(workflowId),
    method: 'POST',
    schema: workflowEdgeSchema,
    body: {
      from_node_id: input.source,
      to_node_id: input.target,
      ...(input.label ? { label: input.label } : {}),
    },
  })

export const deleteEdge = (workflowId: string, edgeId: string) =>
  apiRequest(`${base(workflowId)}/edges/${encodeURIComponent(edgeId)}`, {
    root: root(workflowId),
    method: 'DELETE',
    schema: anyBody,
  })

// ---- optimistic plumbing ----------------------------------------------------------------------

/**
 * Ids for optimistic nodes/edges until the server answers (never sent to the API), and the server
 * ids that replaced them. Kept per query client, like the cache they live in: two clients (two
 * tests, two apps) never see each other's ids.
 */
export type TemporaryIds = {
  next: (kind: 'node' | 'edge') => string
  /** The server id that replaced a temporary one, once the create succeeded. */
  resolved: (tempId: string) => string | undefined
  resolve: (tempId: string, id: string) => void
}

const idsByClient = new WeakMap<QueryClient, TemporaryIds>()

export function temporaryIds(queryClient: QueryClient): TemporaryIds {
  let ids = idsByClient.get(queryClient)
  if (!ids) {
    let counter = 0
    const resolved = new Map<string, string>()
    ids = {
      next: (kind) => `tmp-${kind}-${Date.now()}-${++counter}`,
      resolved: (tempId) => resolved.get(tempId),
      resolve: (tempId, id) => void resolved.set(tempId, id),
    }
    idsByClient.set(queryClient, ids)
  }
  return ids
}

export const useTemporaryIds = () => temporaryIds(useQueryClient())
export const isTemporaryId = (id: string) => id.startsWith('tmp-')

/** Which edit failed: the feature decides what to tell the user (the API layer shows nothing). */
export type GraphEdit =
  'add-step' | 'save-step' | 'move-steps' | 'delete-step' | 'connect' | 'disconnect'
export type GraphEditFailure = { edit: GraphEdit; error: Error }
export type OnGraphEditFailure = (failure: GraphEditFailure) => void

export const graphMutationKey = (workflowId: string) =>
  [...workflowKeys.graph(workflowId), 'edit'] as const

type Snapshot = { previous: WorkflowGraph | undefined }

/**
 * Workflows whose graph must be read again once their last overlapping edit settles: one where
 * an edit failed (its rollback restored a snapshot that may predate the others) or one whose
 * edit the server may have answered with more than was sent (a created id, a saved config).
 * Steps that only moved and were saved hold exactly what was sent: reading a 1,000-step graph
 * back after each drop would cost 29 requests and a parse of every step and connection.
 */
const unsettled = new WeakMap<QueryClient, Set<string>>()
const markUnsettled = (queryClient: QueryClient, workflowId: string) => {
  const set = unsettled.get(queryClient) ?? new Set<string>()
  set.add(workflowId)
  unsettled.set(queryClient, set)
}

/**
 * One optimistic recipe for every graph edit: cancel, snapshot, write, roll back and report the
 * failure on error, and refetch once the last overlapping edit settles (TkDodo, concurrent updates)
 * when any of them needs it.
 */
function useGraphMutation<TVars, TResult>(
  workflowId: string,
  options: {
    mutationFn: (vars: TVars) => Promise<TResult>
    optimistic: (graph: WorkflowGraph, vars: TVars) => WorkflowGraph
    confirmed?: (
      graph: WorkflowGraph,
      result: TResult,
      vars: TVars,
      ids: TemporaryIds,
    ) => WorkflowGraph
    edit: GraphEdit
    onFailure: OnGraphEditFailure | undefined
    /** Saved as sent: no need to read the graph back (moves). */
    exact?: boolean
  },
) {
  const queryClient = useQueryClient()
  const { queryKey } = graphQueries.graph(workflowId)
  const mutationKey = graphMutationKey(workflowId)
  return useMutation<TResult, Error, TVars, Snapshot>({
    mutationKey,
    mutationFn: options.mutationFn,
    onMutate: async (vars) => {
      await queryClient.cancelQueries({ queryKey })
      const previous = queryClient.getQueryData(queryKey)
      if (previous) queryClient.setQueryData(queryKey, options.optimistic(previous, vars))
      return { previous }
    },
    onError: (error, _vars, context) => {
      markUnsettled(queryClient, workflowId)
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous)
      options.onFailure?.({ edit: options.edit, error })
    },
    onSuccess: (result, vars) => {
      if (!options.exact) markUnsettled(queryClient, workflowId)
      const { confirmed } = options
      const ids = temporaryIds(queryClient)
      if (confirmed)
        queryClient.setQueryData(queryKey, (g) => (g ? confirmed(g, result, vars, ids) : g))
    },
    onSettled: () => settle(queryClient, workflowId),
  })
}

function settle(queryClient: QueryClient, workflowId: string) {
  if (queryClient.isMutating({ mutationKey: graphMutationKey(workflowId) }) !== 1) return undefined
  if (!unsettled.get(queryClient)?.delete(workflowId)) return undefined
  return queryClient.invalidateQueries({ queryKey: graphQueries.graph(workflowId).queryKey })
}

const replaceNode = (nodes: WorkflowNode[], id: string, next: (n: WorkflowNode) => WorkflowNode) =>
  nodes.map((n) => (n.id === id ? next(n) : n))

// ---- hooks ------------------------------------------------------------------------------------

export type CreateNodeVars = CreateNodeInput & { tempId: string }

export function useCreateNode(workflowId: string, onFailure?: OnGraphEditFailure) {
  return useGraphMutation<CreateNodeVars, WorkflowNode>(workflowId, {
    mutationFn: (vars) => createNode(workflowId, vars),
    optimistic: (g, v) => ({
      ...g,
      nodes: [
        ...g.nodes,
        {
          id: v.tempId,
          nodeType: v.nodeType,
          label: v.label,
          position: v.position,
          config: v.config,
        },
      ],
    }),
    confirmed: (g, node, v, ids) => {
      ids.resolve(v.tempId, node.id)
      return { ...g, nodes: replaceNode(g.nodes, v.tempId, () => node) }
    },
    edit: 'add-step',
    onFailure,
  })
}

export type UpdateNodeVars = { nodeId: string; patch: NodePatch }

export function useUpdateNode(workflowId: string, onFailure?: OnGraphEditFailure) {
  return useGraphMutation<UpdateNodeVars, WorkflowNode>(workflowId, {
    mutationFn: (v) => updateNode(workflowId, v.nodeId, v.patch),
    optimistic: (g, { nodeId, patch }) => ({
      ...g,
      nodes: replaceNode(g.nodes, nodeId, (n) => ({
        ...n,
        ...(patch.label !== undefined ? { label: patch.label } : {}),
        ...(patch.config !== undefined ? { config: patch.config } : {}),
        ...(patch.position ? { position: patch.position } : {}),
      })),
    }),
    confirmed: (g, node) => ({ ...g, nodes: replaceNode(g.nodes, node.id, () => node) }),
    edit: 'save-step',
    onFailure,
  })
}

export type MoveProgress = { phase: 'saving' | 'putting back'; done: number; total: number }
export type MoveNodesVars = {
  moves: { nodeId: string; position: XY }[]
  /** Where the nodes were: on a failure or a cancel, the positions already saved go back there. */
  before?: ReadonlyMap<string, XY | null>
  /** Stops sending; what was saved is put back and the mutation fails with `PoolCancelled`. */
  signal?: AbortSignal
  onProgress?: (progress: MoveProgress) => void
}

/** Position PATCHes in flight at once (the API has no bulk endpoint, contract §3 #13). */
export const MOVE_REQUESTS_AT_ONCE = 6

/**
 * Saves positions of one or many nodes (a drag, a keyboard move, "Tidy up") with bounded parallel
 * requests. All or nothing: after a refusal or a cancel, the positions already saved are put back
 * (and the optimistic cache rolls back), so the graph is never left half moved.
 */
export function useMoveNodes(workflowId: string, onFailure?: OnGraphEditFailure) {
  return useGraphMutation<MoveNodesVars, void>(workflowId, {
    mutationFn: async ({ moves, before, signal, onProgress }) => {
      const save = (m: { nodeId: string; position: XY }) =>
        updateNode(workflowId, m.nodeId, { position: m.position })
      onProgress?.({ phase: 'saving', done: 0, total: moves.length })
      const sent = await runPool(moves, save, {
        limit: MOVE_REQUESTS_AT_ONCE,
        signal,
        onDone: (done, total) => onProgress?.({ phase: 'saving', done, total }),
      })
      if (sent.error === undefined && !sent.cancelled) return
      const back = sent.done.flatMap((i) => {
        const nodeId = (moves[i] as { nodeId: string }).nodeId
        const position = before?.get(nodeId)
        return position ? [{ nodeId, position }] : []
      })
      await runPool(back, save, {
        limit: MOVE_REQUESTS_AT_ONCE,
        onDone: (done, total) => onProgress?.({ phase: 'putting back', done, total }),
      })
      throw sent.cancelled ? new PoolCancelled() : sent.error
    },
    optimistic: (g, { moves }) => {
      const byId = new Map(moves.map((m) => [m.nodeId, m.position]))
      return {
        ...g,
        nodes: g.nodes.map((n) => {
          const position = byId.get(n.id)
          return position ? { ...n, position } : n
        }),
      }
    },
    edit: 'move-steps',
    onFailure,
    exact: true,
  })
}

export function useDeleteNode(workflowId: string, onFailure?: OnGraphEditFailure) {
  return useGraphMutation<{ nodeId: string }, unknown>(workflowId, {
    mutationFn: ({ nodeId }) => deleteNode(workflowId, nodeId),
    optimistic: (g, { nodeId }) => ({
      nodes: g.nodes.filter((n) => n.id !== nodeId),
      edges: g.edges.filter((e) => e.source !== nodeId && e.target !== nodeId),
    }),
    edit: 'delete-step',
    onFailure,
  })
}

export type CreateEdgeVars = CreateEdgeInput & { tempId: string }

export function useCreateEdge(workflowId: string, onFailure?: OnGraphEditFailure) {
  return useGraphMutation<CreateEdgeVars, WorkflowEdge>(workflowId, {
    mutationFn: (v) => createEdge(workflowId, v),
    optimistic: (g, v) => ({
      ...g,
      edges: [...g.edges, { id: v.tempId, source: v.source, target: v.target, label: v.label }],
    }),
    confirmed: (g, edge, v, ids) => {
      ids.resolve(v.tempId, edge.id)
      return { ...g, edges: g.edges.map((e) => (e.id === v.tempId ? edge : e)) }
    },
    edit: 'connect',
    onFailure,
  })
}

export function useDeleteEdge(workflowId: string, onFailure?: OnGraphEditFailure) {
  return useGraphMutation<{ edgeId: string }, unknown>(workflowId, {
    mutationFn: ({ edgeId }) => deleteEdge(workflowId, edgeId),
    optimistic: (g, { edgeId }) => ({ ...g, edges: g.edges.filter((e) => e.id !== edgeId) }),
    edit: 'disconnect',
    onFailure,
  })
}
