import type { StoredWorkflowStatus } from '../db/types'

/**
 * The workflow lifecycle (contract §13) as pure functions. Legacy `running` behaves exactly like
 * `active`. Refusals carry the message the API answers with (always a 409).
 */
export type LifecycleAction = 'activate' | 'pause' | 'resume' | 'cancel'

export type Verdict<T> = { ok: true; value: T } | { ok: false; message: string }

const allow = <T>(value: T): Verdict<T> => ({ ok: true, value })
const refuse = <T>(message: string): Verdict<T> => ({ ok: false, message })

export function isActiveStatus(status: StoredWorkflowStatus): boolean {
  return status === 'active' || status === 'running'
}

export function isFinalStatus(status: StoredWorkflowStatus): boolean {
  return status === 'completed' || status === 'cancelled'
}

const shown = (status: StoredWorkflowStatus) => (status === 'running' ? 'active' : status)

export function transition(
  status: StoredWorkflowStatus,
  action: LifecycleAction,
): Verdict<StoredWorkflowStatus> {
  switch (action) {
    case 'activate':
      if (status === 'draft') return allow('active')
      if (status === 'paused')
        return refuse('Workflow is paused; use resume (POST /workflows/{id}/resume) to restart it.')
      if (isActiveStatus(status)) return refuse('Workflow is already active.')
      return refuse(
        `Workflow is ${status}; only a draft workflow can be activated. Duplicate it to run it again.`,
      )
    case 'pause':
      if (isActiveStatus(status)) return allow('paused')
      if (status === 'paused') return refuse('Workflow is already paused.')
      return refuse(`Only an active workflow can be paused; this workflow is ${status}.`)
    case 'resume':
      if (status === 'paused') return allow('active')
      if (status === 'cancelled')
        return refuse('Workflow is cancelled; a cancelled workflow can never resume.')
      return refuse(`Only a paused workflow can be resumed; this workflow is ${shown(status)}.`)
    case 'cancel':
      if (isFinalStatus(status))
        return refuse(`Workflow is already ${status}; a final workflow cannot be cancelled.`)
      return allow('cancelled')
  }
}

/**
 * Delete (contract §4.5 mock recommendation): refused while active; from paused only when no lead
 * is still in transit (non-terminal).
 */
export function checkDelete(status: StoredWorkflowStatus, leadsInTransit: number): Verdict<true> {
  if (isActiveStatus(status)) return refuse('Workflow is active; cancel it first, then delete it.')
  if (status === 'paused' && leadsInTransit > 0)
    return refuse(
      `Workflow is paused with ${leadsInTransit} lead(s) still in transit; cancel it first, then delete it.`,
    )
  return allow(true)
}

/** Graph edits and lead uploads are refused on final workflows (contract §5 mock recommendation). */
export function checkMutable(status: StoredWorkflowStatus, what: string): Verdict<true> {
  if (isFinalStatus(status))
    return refuse(`Workflow is ${status}; ${what} is not allowed on a final workflow.`)
  return allow(true)
}

/** Whether the scheduler moves leads of a workflow in this status. */
export function processesLeads(status: StoredWorkflowStatus): boolean {
  return isActiveStatus(status)
}
