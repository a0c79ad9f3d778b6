import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import type { GraphSnapshot } from '../domain/graph-diff/snapshot'
import type { GraphApi } from '../domain/graph-diff/plan'
import { APP_REQUEST_HEADER, APP_REQUEST_HEADER_VALUE } from '../lib/app-request-header'
import { env } from '../lib/env'
import { ApiError } from './api-error'
import { createEdge, createNode, deleteEdge, deleteNode, updateNode } from './graph-mutations'
import type { WorkflowGraph } from './schemas/graph'

/** The console's own history API, served by the console's server (not the DialNexa API). */
const historyBase = () => `${env.basePath.replace(/\/$/, '')}/console-api/history`

const actorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), email: z.string().nullable(), name: z.string().nullable() }),
  z.object({ kind: z.literal('anonymous') }),
  z.object({ kind: z.literal('outside') }),
])
export type Actor = z.output<typeof actorSchema>

const activityEntrySchema = z.object({
  id: z.number(),
  workflowId: z.string().nullable(),
  at: z.string(),
  actor: actorSchema,
  action: z.string(),
  summary: z.string(),
  outcome: z.enum(['accepted', 'refused', 'failed']),
  apiStatus: z.number().nullable(),
  apiMessage: z.string().nullable(),
  versionId: z.number().nullable(),
})
export type ActivityEntry = z.output<typeof activityEntrySchema>
const activityPageSchema = z.object({ items: z.array(activityEntrySchema), nextBefore: z.number().nullable() })

const versionSchema = z.object({
  id: z.number(),
  workflowId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  kind: z.enum(['first-seen', 'edit', 'activation', 'named', 'outside', 'restore']),
  name: z.string().nullable(),
  actor: actorSchema,
  stepCount: z.number(),
  connectionCount: z.number(),
})
export type VersionSummary = z.output<typeof versionSchema>

const snapshotSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.string(),
      node_type: z.string(),
      label: z.string(),
      position_x: z.number(),
      position_y: z.number(),
      config: z.record(z.string(), z.unknown()),
    }),
  ),
  edges: z.array(
    z.object({ id: z.string(), from_node_id: z.string(), to_node_id: z.string(), label: z.string().nullable() }),
  ),
})
const versionWithGraphSchema = versionSchema.extend({ graph: snapshotSchema })
export type GraphVersion = z.output<typeof versionWithGraphSchema>

const meSchema = z.object({
  actor: actorSchema,
  demo: z
    .object({ cookie: z.string(), people: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })) })
    .nullable(),
})

async function historyRequest<T extends z.ZodType>(
  path: string,
  schema: T,
  init: { method?: 'GET' | 'POST'; body?: unknown; signal?: AbortSignal } = {},
): Promise<z.output<T>> {
  const method = init.method ?? 'GET'
  const endpoint = `${method} ${historyBase()}${path}`
  let response: Response
  try {
    response = await fetch(`${historyBase()}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        [APP_REQUEST_HEADER]: APP_REQUEST_HEADER_VALUE,
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      credentials: 'same-origin',
    })
  } catch (cause) {
    if (init.signal?.aborted) throw cause
    throw new ApiError({ kind: 'network', status: 0, messages: [`${endpoint} could not be reached`], method, endpoint })
  }
  const payload: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const message = (payload as { message?: unknown } | null)?.message
    throw new ApiError({
      kind: 'http',
      status: response.status,
      messages: [typeof message === 'string' ? message : `${endpoint} failed with ${response.status}`],
      method,
      endpoint,
    })
  }
  const parsed = schema.safeParse(payload)
  if (!parsed.success)
    throw new ApiError({ kind: 'parse', status: response.status, messages: [`Unexpected response from ${endpoint}`], method, endpoint })
  return parsed.data
}

export type ActivityFilters = { workflow?: string; person?: string; action?: string; from?: string; to?: string }

export const historyKeys = {
  all: () => ['history'] as const,
  activity: (filters: ActivityFilters) => ['history', 'activity', filters] as const,
  versions: (workflowId: string) => ['history', 'versions', workflowId] as const,
  version: (workflowId: string, id: number) => ['history', 'version', workflowId, id] as const,
}

const toQuery = (filters: ActivityFilters & { before?: number; limit?: number }) => {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(filters)) if (v !== undefined && v !== '') params.set(k, String(v))
  const text = params.toString()
  return text ? `?${text}` : ''
}

export const historyQueries = {
  activity: (filters: ActivityFilters) =>
    infiniteQueryOptions({
      queryKey: historyKeys.activity(filters),
      queryFn: ({ pageParam, signal }) =>
        historyRequest(`/activity${toQuery({ ...filters, before: pageParam ?? undefined, limit: 50 })}`, activityPageSchema, { signal }),
      initialPageParam: null as number | null,
      getNextPageParam: (page) => page.nextBefore,
    }),
  people: (workflowId?: string) =>
    queryOptions({
      queryKey: ['history', 'people', workflowId ?? null],
      queryFn: ({ signal }) =>
        historyRequest(`/people${toQuery({ workflow: workflowId })}`, z.object({ people: z.array(z.object({ email: z.string().nullable(), name: z.string().nullable() })) }), { signal }),
    }),
  versions: (workflowId: string) =>
    queryOptions({
      queryKey: historyKeys.versions(workflowId),
      queryFn: ({ signal }) =>
        historyRequest(`/workflows/${encodeURIComponent(workflowId)}/versions`, z.object({ versions: z.array(versionSchema) }), { signal }).then((r) => r.versions),
    }),
  version: (workflowId: string, id: number) =>
    queryOptions({
      queryKey: historyKeys.version(workflowId, id),
      queryFn: ({ signal }) => historyRequest(`/workflows/${encodeURIComponent(workflowId)}/versions/${id}`, versionWithGraphSchema, { signal }),
      staleTime: Infinity,
    }),
  me: () =>
    queryOptions({ queryKey: ['history', 'me'], queryFn: ({ signal }) => historyRequest('/me', meSchema, { signal }), staleTime: 60_000 }),
}

export const saveNamedVersion = (workflowId: string, name: string) =>
  historyRequest(`/workflows/${encodeURIComponent(workflowId)}/versions`, versionSchema, { method: 'POST', body: { name } })

export const versionExportUrl = (workflowId: string, id: number) =>
  `${historyBase()}/workflows/${encodeURIComponent(workflowId)}/versions/${id}/export`

/** The client's graph in the history's shape (the API's field names). */
export function toSnapshot(graph: WorkflowGraph): GraphSnapshot {
  return {
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      node_type: n.nodeType,
      label: n.label,
      position_x: n.position?.x ?? 0,
      position_y: n.position?.y ?? 0,
      config: n.config,
    })),
    edges: graph.edges.map((e) => ({ id: e.id, from_node_id: e.source, to_node_id: e.target, label: e.label })),
  }
}

/** The graph API of one workflow, for applying a plan (restore, import; drafts later). */
export function graphApiFor(workflowId: string): GraphApi {
  return {
    createNode: (n) =>
      createNode(workflowId, { nodeType: n.node_type, label: n.label, position: { x: n.position_x, y: n.position_y }, config: n.config }),
    updateNode: (id, c) =>
      updateNode(workflowId, id, {
        ...(c.label !== undefined ? { label: c.label } : {}),
        ...(c.config !== undefined ? { config: c.config } : {}),
        ...(c.position_x !== undefined && c.position_y !== undefined ? { position: { x: c.position_x, y: c.position_y } } : {}),
      }),
    deleteEdge: (id) => deleteEdge(workflowId, id),
    createEdge: (e) => createEdge(workflowId, { source: e.from_node_id, target: e.to_node_id, label: e.label }),
    deleteNode: (id) => deleteNode(workflowId, id),
  }
}

export const graphFileSchema = z.object({
  format: z.literal('workflow-console.graph', { error: 'This is not a workflow file exported by the Workflow Console.' }),
  formatVersion: z.literal(1, { error: 'This file was made by a newer console (format version not 1).' }),
  source: z.object({ workflowId: z.string().optional(), versionName: z.string().nullable().optional() }).optional(),
  graph: snapshotSchema,
})
export type GraphFile = z.output<typeof graphFileSchema>
