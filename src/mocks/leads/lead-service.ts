import type { MockContext } from '../context'
import { isTerminalLead, type LeadRecord, type LeadStatus } from '../db/types'
import { badRequest, conflict, notFound } from '../errors'
import { checkMutable } from '../lifecycle/state-machine'
import { paginate, parsePageRequest, throwIfProblems } from '../pagination'
import { openEntry } from '../scheduler/history'
import { findWorkflow } from '../workflows/workflow-service'
import { executionStatus, releaseAt, serializeLead } from './serialize-lead'

const LEAD_STATUSES: readonly LeadStatus[] = [
  'pending',
  'active',
  'completed',
  'dropped',
  'removed',
  'failed',
]
const STATUS_ALIASES: Record<string, LeadStatus> = { in_progress: 'active', running: 'active' }

function parseStatuses(raw: string | null, problems: string[]): Set<LeadStatus> | null {
  if (!raw) return null
  const wanted = new Set<LeadStatus>()
  for (const part of raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)) {
    const status = STATUS_ALIASES[part] ?? part
    if ((LEAD_STATUSES as readonly string[]).includes(status)) wanted.add(status as LeadStatus)
    else problems.push(`status must be one of ${LEAD_STATUSES.join(', ')}`)
  }
  return wanted.size > 0 ? wanted : null
}

/** `GET /workflows/{id}/leads`, with the undocumented `search`, `current_node_id`, `leadIds` filters. */
export function listLeads({ db }: MockContext, workflowId: string, params: URLSearchParams) {
  findWorkflow(db, workflowId)
  const problems: string[] = []
  const page = parsePageRequest(params, problems)
  const statuses = parseStatuses(params.get('status'), problems)
  throwIfProblems(problems)
  const search =
    params
      .get('search')
      ?.trim()
      .toLowerCase()
      .replace(/[\s\-()]/g, '') ?? ''
  const nodeId = params.get('current_node_id')
  const ids = params
    .get('leadIds')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const leads = db
    .leadsOf(workflowId)
    .filter((l) => !statuses || statuses.has(l.status))
    .filter((l) => !nodeId || l.current_node_id === nodeId)
    .filter((l) => !ids || ids.includes(l.id))
    .filter(
      (l) =>
        !search ||
        l.phone_number.includes(search) ||
        (l.current_node_id ?? '').toLowerCase().includes(search) ||
        l.id.includes(search),
    )
  const result = paginate(leads, page)
  return { data: result.data.map(serializeLead), meta: result.meta }
}

function findLead({ db }: MockContext, workflowId: string, leadId: string): LeadRecord {
  findWorkflow(db, workflowId)
  const lead = db.leads.get(leadId)
  if (!lead || lead.workflow_id !== workflowId)
    throw notFound(`Lead ${leadId} not found in workflow ${workflowId}.`)
  return lead
}

/**
 * Marks the lead `removed`, keeping its history (contract §6.3 mock recommendation). A live call
 * still finishes; queued calls and holds are cancelled.
 */
export function removeLead(context: MockContext, workflowId: string, leadId: string) {
  const lead = findLead(context, workflowId, leadId)
  if (isTerminalLead(lead.status)) throw conflict(`Lead ${leadId} is already ${lead.status}.`)
  const at = context.clock.iso()
  lead.status = 'removed'
  lead.updated_at = at
  if (lead.execution.state !== 'in_call') {
    lead.execution = { state: 'done' }
    const entry = openEntry(lead)
    if (entry) {
      entry.exited_at = at
      entry.ends_at = null
      entry.reason = 'lead_removed'
    }
  }
  return { message: 'Lead removed from workflow.' }
}

/** The superset history shape of contract §6.4 (mock recommendation). */
export function leadHistory(context: MockContext, workflowId: string, leadId: string) {
  const lead = findLead(context, workflowId, leadId)
  const last = lead.history.length - 1
  const history = lead.history.map((entry, index) => ({
    ...entry,
    label: entry.node_label,
    started_at: entry.entered_at,
    ended_at: entry.exited_at,
    ends_at: index === last && entry.exited_at === null ? entry.ends_at : null,
    timestamp: entry.exited_at ?? entry.entered_at,
    metadata: { ...entry.metadata, ...(entry.call_id ? { call_id: entry.call_id } : {}) },
  }))
  return {
    id: lead.id,
    workflow_id: workflowId,
    lead: {
      id: lead.id,
      phone_number: lead.phone_number,
      variables: { ...lead.variables },
      dynamic_variables: { ...lead.variables },
      status: lead.status,
      current_node_id: lead.current_node_id,
      enrolled_at: lead.enrolled_at,
      call_attributes: { ...lead.call_attributes },
    },
    execution: {
      current_node_id: lead.current_node_id,
      status: executionStatus(lead),
      release_at: releaseAt(lead),
      remaining_ms: lead.execution.state === 'holding' ? lead.execution.remaining_ms : null,
      updated_at: lead.updated_at,
    },
    history,
    all_nodes: context.db.nodesOf(workflowId),
    all_edges: context.db.edgesOf(workflowId),
  }
}

export function assertCanEnroll(context: MockContext, workflowId: string) {
  const workflow = findWorkflow(context.db, workflowId)
  const verdict = checkMutable(workflow.status, 'enrolling leads')
  if (!verdict.ok) throw conflict(verdict.message)
  return workflow
}

export function requireFilePart(value: FormDataEntryValue | null): File {
  if (value === null || typeof value === 'string')
    throw badRequest(['file is required (multipart part "file")'])
  return value
}
