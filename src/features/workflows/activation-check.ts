import { useMutation } from '@tanstack/react-query'

/** What preflight found in a workflow's graph, checked just before a list-row activation. */
export type ActivationCheck = { errors: number; warnings: number }
/** Supplied by the route (which may use preflight): fetches the fresh graph and checks it. */
export type CheckActivation = (workflowId: string) => Promise<ActivationCheck>

/** Where the activation dialog is: waiting for the check, the check failed, or its result. */
export type ActivationGate =
  | { state: 'checking' }
  | { state: 'failed'; message: string; retry: () => void }
  | { state: 'checked'; errors: number; warnings: number }

/** Runs `check` for one workflow when its activation dialog opens; `reset` when it closes. */
export function useActivationGate(workflowId: string, check: CheckActivation | undefined) {
  const mutation = useMutation({
    mutationFn: () => (check ? check(workflowId) : Promise.resolve({ errors: 0, warnings: 0 })),
  })
  const gate: ActivationGate | undefined = !check
    ? undefined
    : mutation.isSuccess
      ? { state: 'checked', errors: mutation.data.errors, warnings: mutation.data.warnings }
      : mutation.isError
        ? {
            state: 'failed',
            message: mutation.error instanceof Error ? mutation.error.message : 'Unknown error',
            retry: () => mutation.mutate(),
          }
        : { state: 'checking' }
  return { gate, start: () => check && mutation.mutate(), reset: () => mutation.reset() }
}
