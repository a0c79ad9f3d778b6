import type { WorkflowGraph } from '../../api/schemas/graph'
import type { LeadHistoryEntry } from '../../api/schemas/lead'

/** One history entry in plain words: what happened, where, and what came of it. */
export type PathStep = {
  /** "Reached ‘Converted’ — lead converted", "Waiting in ‘Wait 2 days’ until …". */
  title: string
  /** A time the title ends with ("until …"), rendered in the chosen zone by the screen. */
  until: string | null
  /** Further facts: "then ‘Interested?’", "outcome: no answer", "call took 3 min 12 s". */
  details: string[]
  call: LeadHistoryEntry['call'] | null
}

type Names = (id: string | null, recorded?: string | null) => string

/** Step names from the graph, else from the history; never a raw id. */
export function stepNamer(graph: WorkflowGraph | undefined): Names {
  const labels = new Map(graph?.nodes.map((n) => [n.id, n.label.trim()]) ?? [])
  const types = new Map(graph?.nodes.map((n) => [n.id, n.nodeType]) ?? [])
  return (id, recorded) => {
    if (!id) return 'an unknown step'
    const label = labels.get(id)
    if (label) return `‘${label}’`
    if (types.has(id)) return `the ${typeWord(types.get(id)!)} step`
    return recorded?.trim()
      ? `‘${recorded.trim()}’ (since removed)`
      : 'a step that was since removed'
  }
}

const typeWord = (type: string) =>
  ({
    VOICE_CALL: 'voice call',
    TIME: 'wait',
    CONDITIONAL: 'condition',
    APPLICATION: 'application',
    CONVERTED: 'converted',
    DROPPED: 'dropped',
  })[type.toUpperCase()] ?? type.toLowerCase()

const CALL_WORDS: Record<string, string> = {
  completed: 'answered',
  no_answer: 'no answer',
  did_not_pick: 'no answer',
  busy: 'line busy',
  voicemail: 'voicemail',
  failed: 'call failed',
}
export const callWords = (status: string) =>
  CALL_WORDS[status.toLowerCase()] ?? status.replace(/_/g, ' ').toLowerCase()

/** "3 min 12 s", "45 s". */
export function durationWords(seconds: number): string {
  const s = Math.round(seconds)
  if (s < 60) return `${s} s`
  const m = Math.floor(s / 60)
  return s % 60 ? `${m} min ${s % 60} s` : `${m} min`
}

const REASONS: Record<string, string> = {
  waiting_for_capacity: 'queued: waiting for a free call line',
  no_matching_edge: 'stuck: no connection leaves this step for that outcome',
  lead_removed: 'removed from the workflow',
  call_finished_while_paused:
    'the call ended while the workflow was paused; it continues on resume',
  workflow_cancelled: 'stopped: the workflow was cancelled',
  pca_unparseable: 'the callback time from the call could not be read; the default wait applies',
}

/**
 * One history entry (contract §6.4, any shape) in the words a campaign manager uses. Step names
 * come from the graph (the history's own label for a removed step), never raw ids or codes.
 */
export function describeEntry(entry: LeadHistoryEntry, name: Names): PathStep {
  const type = (entry.nodeType ?? '').toUpperCase()
  const here = name(entry.nodeId, entry.nodeLabel)
  const open = !entry.endedAt
  const reason = entry.reason ?? ''
  const status = (entry.status ?? '').toLowerCase()
  const details: string[] = []
  const call = type === 'VOICE_CALL' || entry.callId ? entry.call : null
  let title: string
  let until: string | null = null

  if (entry.kind === 'transition') {
    title = `Moved from ${name(entry.fromNodeId)} to ${name(entry.toNodeId)}`
  } else if (type === 'CONVERTED' || (reason === 'reached_final_node' && status === 'completed')) {
    title = `Reached ${here} — lead converted`
  } else if (type === 'DROPPED' || (reason === 'reached_final_node' && status === 'dropped')) {
    title = `Reached ${here} — lead dropped`
  } else if (type === 'TIME') {
    if (open && entry.endsAt) {
      title = `Waiting in ${here} until`
      until = entry.endsAt
    } else title = open ? `Waiting in ${here}` : `Waited in ${here}`
  } else if (type === 'VOICE_CALL') {
    const outcome =
      entry.call.status ?? (status && status !== 'in_call' && status !== 'active' ? status : null)
    if (open && (status === 'in_call' || reason === 'call_started'))
      title = `In a call from ${here} now`
    else if (open && reason === 'waiting_for_capacity') title = `Queued for a call in ${here}`
    else if (outcome) title = `Called from ${here} — ${callWords(outcome)}`
    else title = open ? `About to be called from ${here}` : `Called from ${here}`
  } else if (type === 'CONDITIONAL') {
    const result = reason.startsWith('condition_') ? reason.slice('condition_'.length) : status
    title = result && result !== 'no_branch' ? `Checked ${here} — ${result}` : `Checked ${here}`
  } else if (type === 'APPLICATION') {
    const result = reason.startsWith('application_') ? reason.slice('application_'.length) : status
    title = result && result !== 'done' ? `Ran ${here} — ${result}` : `Ran ${here}`
  } else {
    title = open ? `At ${here}` : `Passed ${here}`
  }

  if (REASONS[reason]) details.push(REASONS[reason]!)
  if (entry.toNodeId && entry.toNodeId !== entry.nodeId)
    details.push(
      `then ${name(entry.toNodeId)}${entry.edgeLabel ? ` (${entry.edgeLabel.toLowerCase()})` : ''}`,
    )
  if (call?.durationSec) details.push(`call took ${durationWords(call.durationSec)}`)
  return { title, until, details, call }
}
