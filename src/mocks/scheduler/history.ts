import type { HistoryEntry, LeadRecord, NodeRecord } from '../db/types'

export function openEntry(lead: LeadRecord): HistoryEntry | null {
  const last = lead.history.at(-1)
  return last && last.exited_at === null ? last : null
}

export function pushEntry(
  lead: LeadRecord,
  node: NodeRecord,
  fromNodeId: string | null,
  at: string,
  fields: Partial<HistoryEntry> = {},
): HistoryEntry {
  const entry: HistoryEntry = {
    node_id: node.id,
    node_type: node.node_type,
    node_label: node.label,
    from_node_id: fromNodeId,
    to_node_id: null,
    edge_id: null,
    edge_label: null,
    reason: fromNodeId === null ? 'entered_at_entry_node' : 'entered',
    status: 'active',
    call_id: null,
    entered_at: at,
    exited_at: null,
    ends_at: null,
    metadata: {},
    ...fields,
  }
  lead.history.push(entry)
  return entry
}

/** Notes a reason on the open entry without closing it (e.g. `waiting_for_capacity`). */
export function noteReason(lead: LeadRecord, reason: string) {
  const entry = openEntry(lead)
  if (entry) entry.reason = reason
}
