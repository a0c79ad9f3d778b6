import type { WorkflowStatus } from './workflow-status'
import { formatCount } from './format-count'

/** "34 leads", "1 lead". */
export const leadsPhrase = (n: number) => `${formatCount(n)} ${n === 1 ? 'lead' : 'leads'}`

/**
 * When a running workflow ends by itself (contract §13, mock recommendation: active becomes
 * completed on the tick on which it has leads and every one is finished), and what that means.
 */
export function completionNote(enrolledLeads: number | undefined): string {
  if (enrolledLeads === undefined)
    return 'It completes by itself when its last lead finishes; after that it accepts no new leads.'
  if (enrolledLeads === 0)
    return 'It completes by itself once the leads you enrol have all finished; after that it accepts no new leads.'
  if (enrolledLeads === 1)
    return 'It completes when its 1 lead finishes; after that it accepts no new leads.'
  return `It completes when the last of ${leadsPhrase(enrolledLeads)} finishes; after that it accepts no new leads.`
}

/** The header's line about how the workflow ends, for its status and lead counts. */
export function endingNote(status: WorkflowStatus, enrolled: number, stillMoving: number): string {
  switch (status) {
    case 'draft':
      return `Once activated, ${completionNote(enrolled).replace(/^It/, 'it')}`
    case 'active':
      return enrolled === 0
        ? 'Completes by itself once the leads you enrol have all finished.'
        : `Completes when the last of ${leadsPhrase(enrolled)} finishes (${formatCount(stillMoving)} still to go); after that it accepts no new leads.`
    case 'paused':
      return enrolled === 0
        ? 'Paused. Once resumed, it completes when the leads you enrol have all finished.'
        : `Paused with ${formatCount(stillMoving)} of ${leadsPhrase(enrolled)} still to go; once resumed it completes when the last one finishes.`
    case 'completed':
      return 'Completed: every lead has finished. It accepts no new leads; duplicate it to run it again.'
    case 'cancelled':
      return 'Cancelled: no lead moves again. Leads that had not finished are stopped where they were.'
  }
}
