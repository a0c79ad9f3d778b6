import type { Execution, LeadRecord } from '../db/types'

/** A coarse execution status for the lead object (contract §2.4 mock recommendation). */
export function executionStatus(lead: LeadRecord): string {
  if (lead.status === 'pending') return 'pending'
  const byState: Record<Execution['state'], string> = {
    none: 'pending',
    queued_call: 'queued',
    in_call: 'in_call',
    holding: 'waiting',
    routing: 'ready',
    stuck: 'stuck',
    done: 'done',
  }
  return byState[lead.execution.state]
}

export function releaseAt(lead: LeadRecord): string | null {
  const execution = lead.execution
  return execution.state === 'holding' && execution.release_at !== null
    ? new Date(execution.release_at).toISOString()
    : null
}

/** The newest history entry, so a leads table can show each lead's last step without N history calls (private extension). */
function lastStep(lead: LeadRecord) {
  const entry = lead.history.at(-1)
  if (!entry) return null
  return {
    ...entry,
    label: entry.node_label,
    started_at: entry.entered_at,
    ended_at: entry.exited_at,
    timestamp: entry.exited_at ?? entry.entered_at,
  }
}

export function serializeLead(lead: LeadRecord) {
  const variables = { ...lead.variables }
  return {
    id: lead.id,
    workflow_id: lead.workflow_id,
    phone_number: lead.phone_number,
    variables,
    metadata: variables,
    dynamic_variables: variables,
    current_node_id: lead.current_node_id,
    status: lead.status,
    execution_status: executionStatus(lead),
    release_at: releaseAt(lead),
    enrolled_at: lead.enrolled_at,
    created_at: lead.enrolled_at,
    updated_at: lead.updated_at,
    last_step: lastStep(lead),
  }
}
