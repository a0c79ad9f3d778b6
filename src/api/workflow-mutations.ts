import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Workflow } from './schemas/workflow'
import {
  createWorkflow,
  deleteWorkflow,
  duplicateWorkflow,
  updateWorkflow,
  workflowQueries,
  type WorkflowInput,
} from './workflows'
import { workflowKeys } from './query-keys'

export function useCreateWorkflow() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createWorkflow,
    onSuccess: (workflow) => {
      queryClient.setQueryData(workflowQueries.detail(workflow.id).queryKey, workflow)
      return queryClient.invalidateQueries({ queryKey: workflowQueries.lists() })
    },
  })
}

/** Rename / re-describe: optimistic on the detail entry, rolled back if the server refuses. */
export function useUpdateWorkflow(id: string) {
  const queryClient = useQueryClient()
  const detailKey = workflowQueries.detail(id).queryKey
  return useMutation({
    mutationKey: [...workflowKeys.workflow(id), 'update'],
    mutationFn: (input: Partial<WorkflowInput>) => updateWorkflow(id, input),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: detailKey })
      const previous = queryClient.getQueryData<Workflow>(detailKey)
      if (previous) queryClient.setQueryData<Workflow>(detailKey, { ...previous, ...input })
      return { previous }
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(detailKey, context.previous)
      // The refusal may come from a change made elsewhere (a 409): show what the server holds.
      return queryClient.invalidateQueries({ queryKey: detailKey })
    },
    onSuccess: (workflow) => queryClient.setQueryData(detailKey, workflow),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workflowQueries.lists() }),
  })
}

export function useDeleteWorkflow() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => deleteWorkflow(id),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: workflowQueries.detail(id).queryKey })
      return queryClient.invalidateQueries({ queryKey: workflowQueries.lists() })
    },
  })
}

export function useDuplicateWorkflow() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => duplicateWorkflow(id),
    onSuccess: (workflow) => {
      queryClient.setQueryData(workflowQueries.detail(workflow.id).queryKey, workflow)
      return queryClient.invalidateQueries({ queryKey: workflowQueries.lists() })
    },
  })
}
