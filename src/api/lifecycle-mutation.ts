import { useIsMutating, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { ACTION_TARGET, type LifecycleAction, type WorkflowStatus } from '../domain/workflow-status'
import { isApiError, type ApiError } from './api-error'
import type { Workflow } from './schemas/workflow'
import type { PageMeta } from './envelope'
import { runLifecycleAction, workflowQueries } from './workflows'
import { workflowKeys } from './query-keys'

type ListData = { data: Workflow[]; meta: PageMeta }
type Snapshot = {
  detail: Workflow | undefined
  lists: [readonly unknown[], ListData | undefined][]
}

export const lifecycleMutationKey = (id: string) =>
  [...workflowKeys.workflow(id), 'lifecycle'] as const

/** Writes `status` into the detail entry and every cached list row of this workflow. */
function writeStatus(queryClient: QueryClient, id: string, status: WorkflowStatus) {
  queryClient.setQueryData<Workflow>(workflowQueries.detail(id).queryKey, (w) =>
    w ? { ...w, status } : w,
  )
  queryClient.setQueriesData<ListData>({ queryKey: workflowQueries.lists() }, (list) =>
    list ? { ...list, data: list.data.map((w) => (w.id === id ? { ...w, status } : w)) } : list,
  )
}

export type LifecycleVariables = { action: LifecycleAction }

/**
 * How a lifecycle request failed, decided once here: `conflict` (409: the workflow is no longer
 * in the status the user saw; `current` is the status fetched once, or `null` when that fetch
 * failed too), `refused` (400: the server's reasons, e.g. activation rules), `failed` (anything else).
 */
export type LifecycleFailure =
  | { kind: 'conflict'; current: WorkflowStatus | null; error: ApiError }
  | { kind: 'refused'; error: ApiError }
  | { kind: 'failed'; error: unknown }

export class LifecycleError extends Error {
  constructor(readonly failure: LifecycleFailure) {
    super(failure.error instanceof Error ? failure.error.message : 'Lifecycle action failed')
    this.name = 'LifecycleError'
  }
}

export const lifecycleFailureOf = (error: unknown): LifecycleFailure =>
  error instanceof LifecycleError ? error.failure : { kind: 'failed', error }

/**
 * Activate / pause / resume / cancel with an optimistic status everywhere it is shown. On any error
 * the snapshot is restored; the caller decides what to tell the user (409, 400, other). Overlapping
 * clicks settle with one refetch, after the last one (TkDodo, "Concurrent Optimistic Updates").
 */
export function useLifecycleAction(id: string) {
  const queryClient = useQueryClient()
  const mutationKey = lifecycleMutationKey(id)
  return useMutation({
    mutationKey,
    mutationFn: async ({ action }: LifecycleVariables) => {
      try {
        return await runLifecycleAction(id, action)
      } catch (error) {
        if (isApiError(error) && error.status === 409) {
          // The one GET of a conflict: it is also the settle refetch of the detail (see onSettled).
          const current = await queryClient
            .fetchQuery({ ...workflowQueries.detail(id), staleTime: 0 })
            .then((w) => w.status)
            .catch(() => null)
          throw new LifecycleError({ kind: 'conflict', current, error })
        }
        if (isApiError(error) && error.status === 400)
          throw new LifecycleError({ kind: 'refused', error })
        throw new LifecycleError({ kind: 'failed', error })
      }
    },
    onMutate: async ({ action }): Promise<Snapshot> => {
      await Promise.all([
        queryClient.cancelQueries({ queryKey: workflowQueries.detail(id).queryKey }),
        queryClient.cancelQueries({ queryKey: workflowQueries.lists() }),
      ])
      const snapshot: Snapshot = {
        detail: queryClient.getQueryData<Workflow>(workflowQueries.detail(id).queryKey),
        lists: queryClient.getQueriesData<ListData>({ queryKey: workflowQueries.lists() }),
      }
      writeStatus(queryClient, id, ACTION_TARGET[action])
      return snapshot
    },
    onError: (error, _vars, snapshot) => {
      const failure = lifecycleFailureOf(error)
      if (failure.kind === 'conflict' && failure.current) {
        // The detail was just fetched: show its status everywhere rather than the stale snapshot.
        writeStatus(queryClient, id, failure.current)
        return
      }
      if (!snapshot) return
      queryClient.setQueryData(workflowQueries.detail(id).queryKey, snapshot.detail)
      for (const [key, data] of snapshot.lists) queryClient.setQueryData(key, data)
    },
    onSettled: (_data, error) => {
      if (queryClient.isMutating({ mutationKey }) > 1) return
      const failure = error ? lifecycleFailureOf(error) : null
      const detailIsFresh = failure?.kind === 'conflict' && failure.current !== null
      return Promise.all([
        detailIsFresh
          ? undefined
          : queryClient.invalidateQueries({ queryKey: workflowQueries.detail(id).queryKey }),
        queryClient.invalidateQueries({ queryKey: workflowQueries.lists() }),
      ])
    },
  })
}

/** True while any lifecycle request for this workflow is in flight: buttons send nothing more. */
export function useLifecycleBusy(id: string) {
  return useIsMutating({ mutationKey: lifecycleMutationKey(id) }) > 0
}
