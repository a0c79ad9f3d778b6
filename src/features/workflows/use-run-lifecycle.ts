import { useQueryClient } from '@tanstack/react-query'
import { toast } from 'sonner'
import { describeError, isApiError, type ApiError } from '../../api/api-error'
import { useLifecycleAction, useLifecycleBusy } from '../../api/lifecycle-mutation'
import { workflowQueries } from '../../api/workflows'
import type { LifecycleAction } from '../../domain/workflow-status'
import { conflictMessage, failureMessage, successMessage } from './lifecycle-copy'

/**
 * Runs a lifecycle action and tells the user how it ended: a 409 names the real status (fetched
 * fresh), a 400 on activate goes to the preflight panel, anything else is rolled back with a toast.
 */
export function useRunLifecycle(workflowId: string, onServerProblems?: (error: ApiError) => void) {
  const queryClient = useQueryClient()
  const mutation = useLifecycleAction(workflowId)
  const busy = useLifecycleBusy(workflowId)

  function run(action: LifecycleAction) {
    if (busy) return
    mutation.mutate(
      { action },
      {
        onSuccess: () => toast.success(successMessage(action)),
        onError: async (error) => {
          if (isApiError(error) && error.status === 409) {
            try {
              const fresh = await queryClient.fetchQuery({
                ...workflowQueries.detail(workflowId),
                staleTime: 0,
              })
              toast.error(conflictMessage(action, fresh.status))
            } catch {
              toast.error(failureMessage(action, describeError(error)))
            }
            return
          }
          if (
            action === 'activate' &&
            isApiError(error) &&
            error.status === 400 &&
            onServerProblems
          ) {
            onServerProblems(error)
            toast.error(
              'The server refused activation. Its reasons are listed in the preflight panel.',
            )
            return
          }
          toast.error(failureMessage(action, describeError(error)))
        },
      },
    )
  }

  return { run, busy }
}
