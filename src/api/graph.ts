import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiRequest } from './client'
import { listSchema } from './envelope'
import { workflowEdgeSchema, workflowNodeSchema, type WorkflowGraph } from './schemas/graph'
import { workflowKeys } from './query-keys'

const base = (workflowId: string) => `/workflows/${encodeURIComponent(workflowId)}`
const PAGE_SIZE = 100

/** Every page of a list endpoint (nodes/edges lists may or may not paginate, contract §1.4). */
async function fetchAllPages<T extends z.ZodType>(path: string, item: T, signal?: AbortSignal) {
  const schema = listSchema(item)
  const first = await apiRequest(path, { schema, query: { page: 1, limit: PAGE_SIZE }, signal })
  if (first.meta.totalPages <= 1 || first.data.length >= first.meta.total) return first.data
  const rest = await Promise.all(
    Array.from({ length: first.meta.totalPages - 1 }, (_, i) =>
      apiRequest(path, { schema, query: { page: i + 2, limit: PAGE_SIZE }, signal }),
    ),
  )
  return [...first.data, ...rest.flatMap((page) => page.data)]
}

export const fetchNodes = (workflowId: string, signal?: AbortSignal) =>
  fetchAllPages(`${base(workflowId)}/nodes`, workflowNodeSchema, signal)

export const fetchEdges = (workflowId: string, signal?: AbortSignal) =>
  fetchAllPages(`${base(workflowId)}/edges`, workflowEdgeSchema, signal)

/** Nodes and edges of one workflow, fetched together: the canvas and preflight read this one entry. */
export async function fetchGraph(workflowId: string, signal?: AbortSignal): Promise<WorkflowGraph> {
  const [nodes, edges] = await Promise.all([
    fetchNodes(workflowId, signal),
    fetchEdges(workflowId, signal),
  ])
  return { nodes, edges }
}

export const graphQueries = {
  graph: (workflowId: string) =>
    queryOptions({
      queryKey: workflowKeys.graph(workflowId),
      queryFn: ({ signal }) => fetchGraph(workflowId, signal),
    }),
}
