import { toast } from '../../lib/toast'
import { describeError, type ApiError } from '../../api/api-error'
import {
  lifecycleFailureOf,
  useLifecycleAction,
  useLifecycleBusy,
} from '../../api/lifecycle-mutation'
import type { LifecycleAction } from '../../domain/workflow-status'
import { conflictMessage, failureMessage, successMessage } from './lifecycle-copy'

/**
 * Runs a lifecycle action and tells the user how it ended: a 409 names the real status (the
 * mutation fetched it once), a 400 on activate goes to the preflight panel, anything else is rolled back with a toast.
 */
export function useRunLifecycle(workflowId: string, onServerProblems?: (error: ApiError) => void) {
  const mutation = useLifecycleAction(workflowId)
  const busy = useLifecycleBusy(workflowId)

  function run(action: LifecycleAction) {
    if (busy) return
    mutation.mutate(
      { action },
      {
        onSuccess: () => toast.success(successMessage(action)),
        onError: (error) => {
          const failure = lifecycleFailureOf(error)
          if (failure.kind === 'conflict') {
            toast.error(
              failure.current
                ? conflictMessage(action, failure.current)
                : failureMessage(action, describeError(failure.error)),
            )
            return
          }
          if (failure.kind === 'refused' && action === 'activate' && onServerProblems) {
            onServerProblems(failure.error)
            toast.error(
              'The server refused activation. Its reasons are listed in the preflight panel.',
            )
            return
          }
          toast.error(failureMessage(action, describeError(failure.error)))
        },
      },
    )
  }

  return { run, busy }
}
