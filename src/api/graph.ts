import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiRequest } from './client'
import { graphEndpoint } from './graph-source'
import { listSchema } from './envelope'
import { workflowEdgeSchema, workflowNodeSchema, type WorkflowGraph } from './schemas/graph'
import { workflowKeys } from './query-keys'

const PAGE_SIZE = 100

/** Every page of a list endpoint (nodes/edges lists may or may not paginate, contract §1.4). */
async function fetchAllPages<T extends z.ZodType>(
  graphId: string,
  list: 'nodes' | 'edges',
  item: T,
  signal?: AbortSignal,
) {
  const schema = listSchema(item)
  const { root, base } = graphEndpoint(graphId)
  const path = `${base}/${list}`
  const first = await apiRequest(path, {
    schema,
    root,
    query: { page: 1, limit: PAGE_SIZE },
    signal,
  })
  if (first.meta.totalPages <= 1 || first.data.length >= first.meta.total) return first.data
  const rest = await Promise.all(
    Array.from({ length: first.meta.totalPages - 1 }, (_, i) =>
      apiRequest(path, { schema, root, query: { page: i + 2, limit: PAGE_SIZE }, signal }),
    ),
  )
  return [...first.data, ...rest.flatMap((page) => page.data)]
}

/** `graphId`: a workflow id (its live graph) or a draft's (graph-source.ts). */
export const fetchNodes = (graphId: string, signal?: AbortSignal) =>
  fetchAllPages(graphId, 'nodes', workflowNodeSchema, signal)

export const fetchEdges = (graphId: string, signal?: AbortSignal) =>
  fetchAllPages(graphId, 'edges', workflowEdgeSchema, signal)

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
