import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { isApiError } from './api-error'
import { apiRequest } from './client'
import { unwrap } from './envelope'
import { workflowKeys } from './query-keys'

const count = z
  .number()
  .finite()
  .nonnegative()
  .nullish()
  .catch(undefined)
  .transform((n) => n ?? 0)

const totalsSchema = z
  .looseObject({ enrolled: count, active: count, converted: count, dropped: count, pending: count })
  .transform(({ enrolled, active, converted, dropped, pending }) => ({
    enrolled,
    active,
    converted,
    dropped,
    pending,
  }))

const nodeCountsSchema = z
  .looseObject({ waiting: count, in_call: count, done: count })
  .transform(({ waiting, in_call, done }) => ({ waiting, in_call, done }))

const callCountsSchema = z
  .looseObject({ completed: count, completed_seconds: count })
  .transform(({ completed, completed_seconds }) => ({
    completed,
    completedSeconds: completed_seconds,
  }))

const edgeCountsSchema = z.looseObject({ passed: count }).transform(({ passed }) => ({ passed }))

/**
 * `GET /workflows/{id}/stats` — a PRIVATE extension of the built-in mock (not in the DialNexa
 * contract): totals plus per-node and per-edge counts for the live view.
 */
export const workflowStatsSchema = z.preprocess(
  unwrap,
  z
    .looseObject({
      totals: totalsSchema.catch({ enrolled: 0, active: 0, converted: 0, dropped: 0, pending: 0 }),
      nodes: z
        .record(z.string(), nodeCountsSchema)
        .nullish()
        .catch(undefined)
        .transform((n) => n ?? {}),
      edges: z
        .record(z.string(), edgeCountsSchema)
        .nullish()
        .catch(undefined)
        .transform((e) => e ?? {}),
      /** Completed calls per call step and their total length (the forecast's call minutes). */
      calls: z
        .record(z.string(), callCountsSchema)
        .nullish()
        .catch(undefined)
        .transform((c) => c ?? undefined),
    })
    .transform(({ totals, nodes, edges, calls }) => ({
      totals,
      nodes,
      edges,
      ...(calls ? { calls } : {}),
    })),
)
export type WorkflowStats = z.output<typeof workflowStatsSchema>
export type WorkflowTotalsData = WorkflowStats['totals']

/** `null` when the API has no stats endpoint (a real DialNexa answers 404): callers fall back. */
export async function fetchWorkflowStats(
  workflowId: string,
  signal?: AbortSignal,
): Promise<WorkflowStats | null> {
  try {
    return await apiRequest(`/workflows/${encodeURIComponent(workflowId)}/stats`, {
      schema: workflowStatsSchema,
      signal,
    })
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 405 || error.status === 501))
      return null
    throw error
  }
}

export const statsQueries = {
  all: workflowKeys.stats,
  stats: (workflowId: string) =>
    queryOptions({
      queryKey: [...statsQueries.all(workflowId), 'live'],
      queryFn: ({ signal }) => fetchWorkflowStats(workflowId, signal),
    }),
}
