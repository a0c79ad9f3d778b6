import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { toast } from 'sonner'
import { z } from 'zod'
import { describeError } from './api-error'
import { apiRequest } from './client'
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

const base = (workflowId: string) => `/workflows/${encodeURIComponent(workflowId)}`
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
    method: 'DELETE',
    schema: anyBody,
  })

export type CreateEdgeInput = { source: string; target: string; label: string | null }

export const createEdge = (workflowId: string, input: CreateEdgeInput) =>
  apiRequest(`${base(workflowId)}/edges`, {
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
    method: 'DELETE',
    schema: anyBody,
  })

// ---- optimistic plumbing ----------------------------------------------------------------------

let tempCounter = 0
/** Ids for optimistic nodes/edges until the server answers; never sent to the API. */
export const temporaryId = (kind: 'node' | 'edge') => `tmp-${kind}-${Date.now()}-${++tempCounter}`
export const isTemporaryId = (id: string) => id.startsWith('tmp-')
const resolvedIds = new Map<string, string>()
/** The server id that replaced a temporary one, once the create succeeded. */
export const resolvedId = (tempId: string) => resolvedIds.get(tempId)

export const graphMutationKey = (workflowId: string) =>
  [...workflowKeys.graph(workflowId), 'edit'] as const

type Snapshot = { previous: WorkflowGraph | undefined }

/**
 * One optimistic recipe for every graph edit: cancel, snapshot, write, roll back with a toast
 * on error, and refetch once the last overlapping edit settles (TkDodo, concurrent updates).
 */
function useGraphMutation<TVars, TResult>(
  workflowId: string,
  options: {
    mutationFn: (vars: TVars) => Promise<TResult>
    optimistic: (graph: WorkflowGraph, vars: TVars) => WorkflowGraph
    confirmed?: (graph: WorkflowGraph, result: TResult, vars: TVars) => WorkflowGraph
    failure: string
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
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous)
      toast.error(`${options.failure}: ${describeError(error)}`)
    },
    onSuccess: (result, vars) => {
      const { confirmed } = options
      if (confirmed) queryClient.setQueryData(queryKey, (g) => (g ? confirmed(g, result, vars) : g))
    },
    onSettled: () => settle(queryClient, workflowId),
  })
}

function settle(queryClient: QueryClient, workflowId: string) {
  if (queryClient.isMutating({ mutationKey: graphMutationKey(workflowId) }) === 1) {
    return queryClient.invalidateQueries({ queryKey: graphQueries.graph(workflowId).queryKey })
  }
  return undefined
}

const replaceNode = (nodes: WorkflowNode[], id: string, next: (n: WorkflowNode) => WorkflowNode) =>
  nodes.map((n) => (n.id === id ? next(n) : n))

// ---- hooks ------------------------------------------------------------------------------------

export type CreateNodeVars = CreateNodeInput & { tempId: string }

export function useCreateNode(workflowId: string) {
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
    confirmed: (g, node, v) => {
      resolvedIds.set(v.tempId, node.id)
      return { ...g, nodes: replaceNode(g.nodes, v.tempId, () => node) }
    },
    failure: 'Could not add the step',
  })
}

export type UpdateNodeVars = { nodeId: string; patch: NodePatch }

export function useUpdateNode(workflowId: string) {
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
    failure: 'Could not save the step',
  })
}

export type MoveNodesVars = { moves: { nodeId: string; position: XY }[] }

/** Saves positions of one or many nodes (a drag, a keyboard move, "Tidy up"). */
export function useMoveNodes(workflowId: string) {
  return useGraphMutation<MoveNodesVars, WorkflowNode[]>(workflowId, {
    mutationFn: ({ moves }) =>
      Promise.all(moves.map((m) => updateNode(workflowId, m.nodeId, { position: m.position }))),
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
    failure: 'Could not save the new position',
  })
}

export function useDeleteNode(workflowId: string) {
  return useGraphMutation<{ nodeId: string }, unknown>(workflowId, {
    mutationFn: ({ nodeId }) => deleteNode(workflowId, nodeId),
    optimistic: (g, { nodeId }) => ({
      nodes: g.nodes.filter((n) => n.id !== nodeId),
      edges: g.edges.filter((e) => e.source !== nodeId && e.target !== nodeId),
    }),
    failure: 'Could not delete the step',
  })
}

export type CreateEdgeVars = CreateEdgeInput & { tempId: string }

export function useCreateEdge(workflowId: string) {
  return useGraphMutation<CreateEdgeVars, WorkflowEdge>(workflowId, {
    mutationFn: (v) => createEdge(workflowId, v),
    optimistic: (g, v) => ({
      ...g,
      edges: [...g.edges, { id: v.tempId, source: v.source, target: v.target, label: v.label }],
    }),
    confirmed: (g, edge, v) => {
      resolvedIds.set(v.tempId, edge.id)
      return { ...g, edges: g.edges.map((e) => (e.id === v.tempId ? edge : e)) }
    },
    failure: 'Could not connect the steps',
  })
}

export function useDeleteEdge(workflowId: string) {
  return useGraphMutation<{ edgeId: string }, unknown>(workflowId, {
    mutationFn: ({ edgeId }) => deleteEdge(workflowId, edgeId),
    optimistic: (g, { edgeId }) => ({ ...g, edges: g.edges.filter((e) => e.id !== edgeId) }),
    failure: 'Could not remove the connection',
  })
}
