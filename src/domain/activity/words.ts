import type { GraphDiff } from '../graph-diff/diff'
import { nodeFieldChanges } from '../graph-diff/diff'
import type { SnapshotNode } from '../graph-diff/snapshot'

/** One write through the console, as the history understands it (the words come from here). */
export type ActivityChange =
  | { kind: 'workflow.create'; title: string | null }
  | { kind: 'workflow.update'; before: { title?: string; description?: string | null } | null; after: { title?: string; description?: string | null } }
  | { kind: 'workflow.delete'; title: string | null }
  | { kind: 'workflow.lifecycle'; action: 'activate' | 'pause' | 'resume' | 'cancel' }
  | { kind: 'workflow.duplicate'; copyTitle: string | null }
  | { kind: 'node.create'; label: string; nodeType: string }
  | { kind: 'node.update'; before: SnapshotNode | null; after: SnapshotNode | null }
  | { kind: 'node.delete'; label: string | null; connections: number }
  | { kind: 'edge.create'; from: string | null; to: string | null; label: string | null }
  | { kind: 'edge.delete'; from: string | null; to: string | null; label: string | null }
  | { kind: 'leads.enrol'; count: number | null }
  | { kind: 'lead.remove'; leadId: string }
  | { kind: 'graph.outside'; lines: readonly string[] }
  | { kind: 'version.named'; name: string }
  | { kind: 'other'; method: string; path: string }

export const LIFECYCLE_WORDS = {
  activate: 'activated the workflow',
  pause: 'paused the workflow',
  resume: 'resumed the workflow',
  cancel: 'cancelled the workflow',
} as const

const q = (text: string | null | undefined) => `'${text && text.trim() ? text : 'an unnamed step'}'`
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

const FIELD_NAMES: Record<string, string> = {
  agent_id: 'agent',
  from_phone_number: 'phone number',
  phone_number_id: 'phone number',
  conditions: 'conditions',
  logic: 'condition logic',
  mode: 'condition mode',
  condition_field: 'branch field',
  branches: 'branches',
  time_source: 'wait type',
  pca_field: 'wait field',
  postcall_analysis_field: 'wait field',
  provider_key: 'application',
  adapter_key: 'application',
  action_key: 'action',
  function_key: 'action',
  action_config: 'action settings',
  outputs: 'outputs',
}
const fieldName = (key: string) => FIELD_NAMES[key] ?? key.replace(/_/g, ' ')

function durationText(config: Record<string, unknown>): string | null {
  const value = Number(config.duration_value)
  const unit = typeof config.duration_unit === 'string' ? config.duration_unit : null
  if (!Number.isFinite(value) || !unit) return null
  const singular = unit.replace(/s$/, '')
  return value === 1 ? `1 ${singular}` : `${value} ${singular}s`
}

const joinWords = (parts: string[]) =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`

/** "changed 'Wait 2 days' to 3 days", "renamed 'Call' to 'Call 1'", "moved 'Call 1'"… */
export function describeNodeUpdate(before: SnapshotNode, after: SnapshotNode): string {
  const fields = nodeFieldChanges(before, after)
  const name = q(before.label)
  const parts: string[] = []
  const config = fields.filter((f) => f.field.startsWith('config.')).map((f) => f.field.slice(7))
  const durationKeys = ['duration_value', 'duration_unit', 'delay_hours', 'delay_minutes', 'time_source']
  const newDuration = durationText(after.config)
  if (config.some((k) => durationKeys.includes(k)) && newDuration) parts.push(`changed ${name} to ${newDuration}`)
  const others = [...new Set(config.filter((k) => !(newDuration && durationKeys.includes(k))).map(fieldName))]
  if (others.length > 0) parts.push(`changed the ${joinWords(others)} of ${name}`)
  if (fields.some((f) => f.field === 'label'))
    parts.push(parts.length > 0 ? `renamed it to ${q(after.label)}` : `renamed ${name} to ${q(after.label)}`)
  if (parts.length === 0 && fields.some((f) => f.field === 'position')) parts.push(`moved ${name}`)
  return parts.length > 0 ? joinWords(parts) : `saved ${name} unchanged`
}

const connection = (from: string | null, to: string | null, label: string | null) =>
  `${q(from)} to ${q(to)}${label ? ` (${label})` : ''}`

/** The words of one activity line, without the person: "paused the workflow". */
export function describeChange(change: ActivityChange): string {
  switch (change.kind) {
    case 'workflow.create':
      return change.title ? `created the workflow '${change.title}'` : 'created the workflow'
    case 'workflow.update': {
      const parts: string[] = []
      const { before, after } = change
      if (after.title !== undefined && after.title !== before?.title)
        parts.push(before?.title ? `renamed the workflow from '${before.title}' to '${after.title}'` : `renamed the workflow to '${after.title}'`)
      if (after.description !== undefined && after.description !== before?.description)
        parts.push(after.description ? 'changed the description' : 'cleared the description')
      return parts.length > 0 ? joinWords(parts) : 'saved the workflow details unchanged'
    }
    case 'workflow.delete':
      return change.title ? `deleted the workflow '${change.title}'` : 'deleted the workflow'
    case 'workflow.lifecycle':
      return LIFECYCLE_WORDS[change.action]
    case 'workflow.duplicate':
      return change.copyTitle ? `duplicated the workflow as '${change.copyTitle}'` : 'duplicated the workflow'
    case 'node.create':
      return `added ${q(change.label)}`
    case 'node.update':
      if (change.before && change.after) return describeNodeUpdate(change.before, change.after)
      return `changed ${q(change.before?.label ?? change.after?.label)}`
    case 'node.delete':
      return change.connections > 0
        ? `deleted ${q(change.label)} and ${plural(change.connections, 'connection')}`
        : `deleted ${q(change.label)}`
    case 'edge.create':
      return `connected ${connection(change.from, change.to, change.label)}`
    case 'edge.delete':
      return `removed the connection from ${connection(change.from, change.to, change.label)}`
    case 'leads.enrol':
      return change.count === null ? 'enrolled leads from a file' : `enrolled ${plural(change.count, 'lead')}`
    case 'lead.remove':
      return `removed lead ${change.leadId}`
    case 'graph.outside':
      return change.lines.length > 0
        ? `changed outside the console: ${change.lines.join('; ')}`
        : 'changed outside the console'
    case 'version.named':
      return `saved the version '${change.name}'`
    case 'other':
      return `${change.method} ${change.path}`
  }
}

/** The difference between two graphs as lines a person reads (outside changes, compare). */
export function describeDiff(diff: GraphDiff, labelOf: (id: string) => string | null): string[] {
  const lines: string[] = []
  const removed = new Set(diff.removedNodes.map((n) => n.id))
  for (const node of diff.removedNodes) {
    const connections = diff.removedEdges.filter((e) => e.from_node_id === node.id || e.to_node_id === node.id).length
    lines.push(describeChange({ kind: 'node.delete', label: node.label, connections }))
  }
  for (const node of diff.addedNodes) lines.push(describeChange({ kind: 'node.create', label: node.label, nodeType: node.node_type }))
  for (const change of diff.changedNodes) lines.push(describeNodeUpdate(change.before, change.after))
  for (const edge of diff.removedEdges)
    if (!removed.has(edge.from_node_id) && !removed.has(edge.to_node_id))
      lines.push(describeChange({ kind: 'edge.delete', from: labelOf(edge.from_node_id), to: labelOf(edge.to_node_id), label: edge.label }))
  for (const edge of diff.addedEdges)
    lines.push(describeChange({ kind: 'edge.create', from: labelOf(edge.from_node_id), to: labelOf(edge.to_node_id), label: edge.label }))
  return lines
}
