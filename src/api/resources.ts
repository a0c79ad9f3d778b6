import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { apiRequest } from './client'
import { listSchema, unwrap } from './envelope'
import { agentSchema, phoneNumberSchema, variableKeysSchema } from './schemas/resources'
import { workflowKeys } from './query-keys'

/** Agents arrive as `{data}` (tier A) or `{agents}` (tier C). */
const agentListSchema = z.preprocess((body) => {
  const b = unwrap(body)
  return b && typeof b === 'object' && 'agents' in b
    ? { data: (b as { agents: unknown }).agents }
    : b
}, listSchema(agentSchema))

export const fetchAgents = () =>
  apiRequest('/agents2', { schema: agentListSchema, query: { limit: 100 } })

export const fetchPhoneNumbers = () =>
  apiRequest('/organization-phone-numbers', {
    schema: z.preprocess(unwrap, listSchema(phoneNumberSchema)),
    query: { limit: 100 },
  })

export const fetchVariableKeys = (workflowId: string) =>
  apiRequest(`/workflows/${encodeURIComponent(workflowId)}/leads/variable-keys`, {
    schema: variableKeysSchema,
  })

export const resourceQueries = {
  agents: () =>
    queryOptions({
      queryKey: ['agents'],
      queryFn: fetchAgents,
      select: (r) => r.data,
      staleTime: 60_000,
    }),
  phoneNumbers: () =>
    queryOptions({
      queryKey: ['phone-numbers'],
      queryFn: fetchPhoneNumbers,
      select: (r) => r.data,
      staleTime: 60_000,
    }),
  variableKeys: (workflowId: string) =>
    queryOptions({
      queryKey: workflowKeys.variableKeys(workflowId),
      queryFn: () => fetchVariableKeys(workflowId),
    }),
}
