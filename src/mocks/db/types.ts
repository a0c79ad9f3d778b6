import type { VoiceOutput } from '../../domain/step-semantics/call-outcome'

/** Records as the mock stores them. Responses are derived from these by the serializers. */

export type StoredWorkflowStatus =
  'draft' | 'active' | 'running' | 'paused' | 'completed' | 'cancelled'

export type LegacyQuirks = {
  /** Served with `name` only, never `title` (contract §14.1). */
  nameOnly?: boolean
  /** Served with the legacy status `running` whenever it is active (contract §14.5). */
  runningStatus?: boolean
}

export type WorkflowRecord = {
  id: string
  organization_id: string
  title: string
  description: string
  status: StoredWorkflowStatus
  created_at: string
  updated_at: string
  last_triggered_at: string | null
  /** Union of uploaded column names, first-seen order (contract §6.5). */
  variable_keys: string[]
  legacy: LegacyQuirks | null
}

export type NodeRecord = {
  id: string
  workflow_id: string
  node_type: string
  label: string
  position_x: number | null
  position_y: number | null
  config: Record<string, unknown>
}

export type EdgeRecord = {
  id: string
  workflow_id: string
  from_node_id: string
  to_node_id: string
  label: string | null
}

export type LeadStatus = 'pending' | 'active' | 'completed' | 'dropped' | 'removed' | 'failed'

export type { VoiceOutput }

export type CallResult = {
  call_id: string
  node_id: string
  /** Raw call status recorded as the step status (`completed`, `no_answer`, `busy`, ...). */
  status: string
  output: VoiceOutput
  /** A more specific edge label that may match before DNP (`NO_ANSWER`, `BUSY`, `VOICEMAIL`). */
  refinement: string | null
  started_at: number
  ends_at: number
  duration_sec: number
  attributes: Record<string, string | number | boolean>
}

/** Where a lead is inside its current node. Times are simulated epoch ms. */
export type Execution =
  | { state: 'none' }
  | { state: 'queued_call'; since: number }
  | { state: 'in_call'; call: CallResult }
  | { state: 'holding'; release_at: number | null; remaining_ms: number | null }
  /** The step finished (e.g. a call ended while paused); routing happens on the next active tick. */
  | { state: 'routing'; output: string | null; refinement: string | null }
  | { state: 'stuck'; output: string | null; refinement: string | null }
  | { state: 'done' }

export type HistoryEntry = {
  node_id: string
  node_type: string
  node_label: string
  from_node_id: string | null
  to_node_id: string | null
  edge_id: string | null
  edge_label: string | null
  reason: string
  status: string
  call_id: string | null
  entered_at: string
  exited_at: string | null
  ends_at: string | null
  metadata: Record<string, unknown>
}

export type LeadRecord = {
  id: string
  workflow_id: string
  phone_number: string
  variables: Record<string, string>
  status: LeadStatus
  current_node_id: string | null
  enrolled_at: string
  updated_at: string
  execution: Execution
  /** Attributes of the most recent call (post-call analysis), read by CONDITIONAL and TIME. */
  call_attributes: Record<string, string | number | boolean>
  last_call_status: string | null
  history: HistoryEntry[]
}

export type AgentRecord = {
  id: string
  organization_id: string
  folder_id: string | null
  current_version_number: number
  is_deleted: boolean
  timezone: string
  createdAt: string
  updatedAt: string
  current_version: {
    agent_id: string
    number: number
    title: string
    is_published: boolean
    language: string
    prompts: { prompt_text: string; welcome_message: string }
    telephony: { inbound: { id: string } | null; outbound: { id: string } | null }
    /**
     * The agent's post-call analysis fields (contract §11.4: TEXT, SELECTOR with its options,
     * BOOLEAN, NUMBER, DateTime). Undocumented in the agent object; served so that condition
     * pickers can offer them.
     */
    post_call_analysis?: { name: string; type: string; options?: string[]; description?: string }[]
  }
}

export type PhoneNumberRecord = {
  id: string
  phone_number: string
  label: string
  nickname: string | null
  agent_id: string | null
  outbound_agent_id: string | null
  inbound_agent_id: string | null
  status: 'active' | 'pending' | 'unavailable'
  provider: string
  country_code: string
  type: 'local' | 'toll_free' | 'mobile'
  created_at: string
}

export const TERMINAL_LEAD_STATUSES: readonly LeadStatus[] = [
  'completed',
  'dropped',
  'removed',
  'failed',
]

export function isTerminalLead(status: LeadStatus): boolean {
  return TERMINAL_LEAD_STATUSES.includes(status)
}
