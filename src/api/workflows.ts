import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import type { LifecycleAction, WorkflowStatus } from '../domain/workflow-status'
import { apiRequest } from './client'
import { listSchema } from './envelope'
import { lifecycleResponseSchema, messageResponseSchema, workflowSchema } from './schemas/workflow'
import { workflowKeys } from './query-keys'

export const WORKFLOW_SORT_FIELDS = [
  'created_at',
  'updated_at',
  'title',
  'last_triggered_at',
] as const
export type WorkflowSortField = (typeof WORKFLOW_SORT_FIELDS)[number]

export type WorkflowListParams = {
  page: number
  limit: number
  /** Undocumented extensions (contract §4.1, §15.1): a real API may ignore them. */
  status?: WorkflowStatus[]
  search?: string
  sortBy?: WorkflowSortField
  sortOrder?: 'ASC' | 'DESC'
}

/** What create and update send; the forms validate with the same schema. */
export const workflowInputSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Give the workflow a name.')
    .max(100, 'Keep the name to 100 characters or fewer.'),
  description: z.string().trim().max(2000, 'Keep the description to 2,000 characters or fewer.'),
})
export type WorkflowInput = z.infer<typeof workflowInputSchema>

const path = (id: string) => `/workflows/${encodeURIComponent(id)}`

export const fetchWorkflows = (params: WorkflowListParams, signal?: AbortSignal) =>
  apiRequest('/workflows', {
    schema: listSchema(workflowSchema),
    signal,
    query: {
      page: params.page,
      limit: params.limit,
      status: params.status?.join(','),
      search: params.search,
      sortBy: params.sortBy,
      sortOrder: params.sortOrder,
    },
  })

export const fetchWorkflow = (id: string, signal?: AbortSignal) =>
  apiRequest(path(id), { schema: workflowSchema, signal })

export const createWorkflow = (input: WorkflowInput) =>
  apiRequest('/workflows', { method: 'POST', body: input, schema: workflowSchema })

export const updateWorkflow = (id: string, input: Partial<WorkflowInput>) =>
  apiRequest(path(id), { method: 'PATCH', body: input, schema: workflowSchema })

export const deleteWorkflow = (id: string) =>
  apiRequest(path(id), { method: 'DELETE', schema: messageResponseSchema })

export const duplicateWorkflow = (id: string) =>
  apiRequest(`${path(id)}/duplicate`, { method: 'POST', schema: workflowSchema })

/** The single place that knows how lifecycle calls look (contract §14.27: one-file switch). */
export const runLifecycleAction = (id: string, action: LifecycleAction) =>
  apiRequest(`${path(id)}/${action}`, { method: 'POST', schema: lifecycleResponseSchema })

export const workflowQueries = {
  all: workflowKeys.all,
  lists: workflowKeys.lists,
  list: (params: WorkflowListParams) =>
    queryOptions({
      queryKey: [...workflowQueries.lists(), params],
      queryFn: ({ signal }) => fetchWorkflows(params, signal),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: workflowKeys.detail(id),
      queryFn: ({ signal }) => fetchWorkflow(id, signal),
    }),
}
