import { useIsMutating, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { ACTION_TARGET, type LifecycleAction, type WorkflowStatus } from '../domain/workflow-status'
import type { Workflow } from './schemas/workflow'
import type { PageMeta } from './envelope'
import { runLifecycleAction, workflowQueries } from './workflows'

type ListData = { data: Workflow[]; meta: PageMeta }
type Snapshot = {
  detail: Workflow | undefined
  lists: [readonly unknown[], ListData | undefined][]
}

export const lifecycleMutationKey = (id: string) => ['workflows', 'lifecycle', id] as const

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
 * Activate / pause / resume / cancel with an optimistic status everywhere it is shown. On any error
 * the snapshot is restored; the caller decides what to tell the user (409, 400, other). Overlapping
 * clicks settle with one refetch, after the last one (TkDodo, "Concurrent Optimistic Updates").
 */
export function useLifecycleAction(id: string) {
  const queryClient = useQueryClient()
  const mutationKey = lifecycleMutationKey(id)
  return useMutation({
    mutationKey,
    mutationFn: ({ action }: LifecycleVariables) => runLifecycleAction(id, action),
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
    onError: (_error, _vars, snapshot) => {
      if (!snapshot) return
      queryClient.setQueryData(workflowQueries.detail(id).queryKey, snapshot.detail)
      for (const [key, data] of snapshot.lists) queryClient.setQueryData(key, data)
    },
    onSettled: () => {
      if (queryClient.isMutating({ mutationKey }) > 1) return
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: workflowQueries.detail(id).queryKey }),
        queryClient.invalidateQueries({ queryKey: workflowQueries.lists() }),
      ])
    },
  })
}

/** True while any lifecycle request for this workflow is in flight: buttons send nothing more. */
export function useLifecycleBusy(id: string) {
  return useIsMutating({ mutationKey: lifecycleMutationKey(id) }) > 0
}
