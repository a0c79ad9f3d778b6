import type { QueryClient } from '@tanstack/react-query'
import { toast } from '../../../lib/toast'
import { describeError } from '../../../api/api-error'
import { invalidateLeadData, removeLead } from '../../../api/leads'
import { plural } from '../../../domain/change-impact/leads-on-steps'

/** A few at a time: a step with hundreds of leads must not fire hundreds of requests at once. */
const AT_ONCE = 4

/**
 * Removes the leads a change stranded (contract §6.3), after the change went through, and says
 * how many were removed and why any were not.
 */
export async function removeStrandedLeads(
  queryClient: QueryClient,
  workflowId: string,
  leadIds: readonly string[],
): Promise<void> {
  if (!leadIds.length) return
  const queue = [...leadIds]
  const failures: unknown[] = []
  let removed = 0
  await Promise.all(
    Array.from({ length: Math.min(AT_ONCE, queue.length) }, async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        try {
          await removeLead(workflowId, id)
          removed += 1
        } catch (error) {
          failures.push(error)
        }
      }
    }),
  )
  await invalidateLeadData(queryClient, workflowId)
  if (!failures.length)
    toast.success(`Removed ${plural(removed, 'stranded lead')} from the workflow.`)
  else
    toast.error(
      `${plural(failures.length, 'lead')} of ${leadIds.length} could not be removed: ${describeError(
        failures[0],
      )} They are marked as stranded in the Leads tab, where you can remove them.`,
      { duration: 10_000 },
    )
}
