import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query'
import { apiRequest } from './client'
import { listSchema } from './envelope'
import { messageResponseSchema } from './schemas/workflow'
import { enrolResponseSchema, leadHistorySchema, leadSchema } from './schemas/lead'
import { workflowKeys } from './query-keys'

export type LeadListParams = {
  page: number
  limit: number
  status?: string | undefined
  /** Phone substring — an undocumented extension (contract §6.2, mock recommendation). */
  search?: string | undefined
}

const base = (workflowId: string) => `/workflows/${encodeURIComponent(workflowId)}/leads`

export const fetchLeads = (workflowId: string, params: LeadListParams, signal?: AbortSignal) =>
  apiRequest(base(workflowId), {
    schema: listSchema(leadSchema),
    signal,
    query: { page: params.page, limit: params.limit, status: params.status, search: params.search },
  })

export const fetchLeadHistory = (workflowId: string, leadId: string, signal?: AbortSignal) =>
  apiRequest(`${base(workflowId)}/${encodeURIComponent(leadId)}/history`, {
    schema: leadHistorySchema,
    signal,
  })

/** Multipart, one `file` part (contract §6.1; never the JSON variant of §14.19). */
export function enrolLeads(workflowId: string, file: File) {
  const formData = new FormData()
  formData.append('file', file, file.name)
  return apiRequest(base(workflowId), { method: 'POST', formData, schema: enrolResponseSchema })
}

export const removeLead = (workflowId: string, leadId: string) =>
  apiRequest(`${base(workflowId)}/${encodeURIComponent(leadId)}`, {
    method: 'DELETE',
    schema: messageResponseSchema,
  })

/** The API's largest page (contract §6.2). */
const MAX_PAGE = 100
/** Pages fetched at once when reading a whole lead list: polite to the rate limit (§1.5). */
const PARALLEL_PAGES = 4

/**
 * Every phone number enrolled in the workflow, with that lead's status (all pages). Used to tell
 * apart, before an upload, the numbers that would be enrolled a second time.
 */
export async function fetchEnrolledPhones(
  workflowId: string,
  signal?: AbortSignal,
): Promise<Map<string, string>> {
  const first = await fetchLeads(workflowId, { page: 1, limit: MAX_PAGE }, signal)
  const leads = [...first.data]
  for (let page = 2; page <= first.meta.totalPages; page += PARALLEL_PAGES) {
    const batch = Array.from(
      { length: Math.min(PARALLEL_PAGES, first.meta.totalPages - page + 1) },
      (_, i) => fetchLeads(workflowId, { page: page + i, limit: MAX_PAGE }, signal),
    )
    for (const result of await Promise.all(batch)) leads.push(...result.data)
  }
  const phones = new Map<string, string>()
  for (const lead of leads) {
    if (!lead.phoneNumber) continue
    // One number enrolled twice: a lead still moving matters more than a removed one.
    const seen = phones.get(lead.phoneNumber)
    if (seen === undefined || seen === 'removed') phones.set(lead.phoneNumber, lead.status)
  }
  return phones
}

export const leadQueries = {
  all: workflowKeys.leads,
  lists: (workflowId: string) => [...leadQueries.all(workflowId), 'list'] as const,
  list: (workflowId: string, params: LeadListParams) =>
    queryOptions({
      queryKey: [...leadQueries.lists(workflowId), params],
      queryFn: ({ signal }) => fetchLeads(workflowId, params, signal),
      placeholderData: keepPreviousData,
    }),
  enrolledPhones: (workflowId: string) =>
    queryOptions({
      queryKey: [...leadQueries.all(workflowId), 'enrolled-phones'],
      queryFn: ({ signal }) => fetchEnrolledPhones(workflowId, signal),
      staleTime: 0,
    }),
  history: (workflowId: string, leadId: string) =>
    queryOptions({
      queryKey: [...leadQueries.all(workflowId), 'history', leadId],
      queryFn: ({ signal }) => fetchLeadHistory(workflowId, leadId, signal),
    }),
}

/**
 * What a change in the lead set makes stale: everything under the workflow's key (counts on the
 * workflow, leads, variable keys, stats) but its graph, which leads do not change (and which may
 * hold an optimistic edit), and the lists that show lead counts.
 */
export function invalidateLeadData(queryClient: QueryClient, workflowId: string) {
  const graphKey = workflowKeys.graph(workflowId)
  return Promise.all([
    queryClient.invalidateQueries({
      queryKey: workflowKeys.workflow(workflowId),
      predicate: (query) => query.queryKey[2] !== graphKey[2],
    }),
    queryClient.invalidateQueries({ queryKey: workflowKeys.lists() }),
  ])
}

export function useEnrolLeads(workflowId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: [...workflowKeys.leads(workflowId), 'enrol'],
    mutationFn: (file: File) => enrolLeads(workflowId, file),
    // Re-list afterwards whatever the answer looked like (contract §14.19).
    onSuccess: () => invalidateLeadData(queryClient, workflowId),
  })
}

export function useRemoveLead(workflowId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: [...workflowKeys.leads(workflowId), 'remove'],
    mutationFn: (leadId: string) => removeLead(workflowId, leadId),
    // A 409 means the lead was already terminal: the list is stale either way.
    onSettled: () => invalidateLeadData(queryClient, workflowId),
  })
}
