import type { MockContext } from '../context'
import { isTerminalLead } from '../db/types'
import { noteReason, openEntry } from './history'

/**
 * TIME holds freeze while a workflow is paused (contract §9.3 mock recommendation): at pause the
 * remaining time is stored; at resume the hold releases after exactly that remaining time.
 */
export function freezeHolds({ db, clock }: MockContext, workflowId: string) {
  for (const lead of db.leadsOf(workflowId)) {
    const execution = lead.execution
    if (execution.state !== 'holding' || execution.release_at === null) continue
    lead.execution = {
      state: 'holding',
      release_at: null,
      remaining_ms: Math.max(0, execution.release_at - clock.now()),
    }
    const entry = openEntry(lead)
    if (entry) entry.ends_at = null
  }
}

export function thawHolds({ db, clock }: MockContext, workflowId: string) {
  for (const lead of db.leadsOf(workflowId)) {
    const execution = lead.execution
    if (execution.state !== 'holding' || execution.remaining_ms === null) continue
    const releaseAt = clock.now() + execution.remaining_ms
    lead.execution = { state: 'holding', release_at: releaseAt, remaining_ms: null }
    const entry = openEntry(lead)
    if (entry) entry.ends_at = new Date(releaseAt).toISOString()
  }
}

/** Cancel leaves every lead where it is (contract §9.2 step 5) and says why on its open entry. */
export function markCancelled({ db }: MockContext, workflowId: string) {
  for (const lead of db.leadsOf(workflowId)) {
    if (!isTerminalLead(lead.status) && lead.execution.state !== 'in_call')
      noteReason(lead, 'workflow_cancelled')
  }
}
