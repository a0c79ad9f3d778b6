import type { MockDb } from '../db/mock-db'
import type { AgentRecord, EdgeRecord, NodeRecord, PhoneNumberRecord } from '../db/types'
import {
  conditionalBranches,
  conditionalRules,
  fixedDelayMs,
  isTerminalType,
  normalizeLabel,
  pcaField,
  text,
} from '../graph/node-config'

export type ActivationGraph = {
  nodes: readonly NodeRecord[]
  edges: readonly EdgeRecord[]
  agents: ReadonlyMap<string, AgentRecord>
  phoneNumbers: readonly PhoneNumberRecord[]
}

/** `Node "First call" (node_abc)` — every node message starts like this so clients can map it. */
const named = (node: NodeRecord) => `Node "${node.label}" (${node.id})`

function voiceCallProblems(node: NodeRecord, graph: ActivationGraph): string[] {
  const problems: string[] = []
  const agentId = text(node.config, 'agent_id')
  if (!agentId) problems.push(`${named(node)} has no agent.`)
  else {
    const agent = graph.agents.get(agentId)
    if (!agent || agent.is_deleted)
      problems.push(`${named(node)} uses agent ${agentId}, which does not exist.`)
    else if (!agent.current_version.is_published)
      problems.push(
        `${named(node)} uses agent "${agent.current_version.title}" (${agentId}), which is not published.`,
      )
  }
  const from = text(node.config, 'from_phone_number')
  const numberId = text(node.config, 'phone_number_id')
  if (!from && !numberId) problems.push(`${named(node)} has no outbound phone number.`)
  else {
    const number = graph.phoneNumbers.find(
      (p) => p.id === numberId || (from !== null && p.phone_number === from),
    )
    if (!number)
      problems.push(
        `${named(node)} uses phone number ${from ?? numberId}, which is not in this organization.`,
      )
    else if (number.status !== 'active')
      problems.push(
        `${named(node)} uses phone number ${number.phone_number}, which is ${number.status}, not active.`,
      )
    if (number && !from) problems.push(`${named(node)} has no from_phone_number.`)
  }
  return problems
}

function requiredLabels(node: NodeRecord): string[] {
  if (node.node_type === 'CONDITIONAL') return conditionalBranches(node.config) ?? ['true', 'false']
  if (node.node_type === 'APPLICATION') return ['success', 'failure']
  return []
}

function outputsFromConfig(node: NodeRecord): Set<string> {
  const outputs = node.config.outputs
  if (!outputs || typeof outputs !== 'object') return new Set()
  return new Set(
    Object.entries(outputs as Record<string, unknown>)
      .filter(([, target]) => typeof target === 'string' && target)
      .map(([name]) => name.toLowerCase()),
  )
}

function nodeProblems(node: NodeRecord, outgoing: EdgeRecord[], graph: ActivationGraph): string[] {
  if (isTerminalType(node.node_type))
    return outgoing.length > 0
      ? [
          `${named(node)} is a final ${node.node_type} node but has ${outgoing.length} outgoing edge(s).`,
        ]
      : []
  const problems: string[] = []
  if (outgoing.length === 0) problems.push(`${named(node)} has no outgoing edge.`)
  const labels = new Set([
    ...outgoing.map((e) => normalizeLabel(e.label)),
    ...outputsFromConfig(node),
  ])
  for (const label of requiredLabels(node)) {
    if (outgoing.length > 0 && !labels.has(label.toLowerCase()))
      problems.push(`${named(node)} has no "${label}" edge.`)
  }
  if (node.node_type === 'VOICE_CALL') problems.push(...voiceCallProblems(node, graph))
  if (node.node_type === 'TIME' && fixedDelayMs(node.config) === null && !pcaField(node.config))
    problems.push(`${named(node)} has no wait duration or post-call analysis field.`)
  if (node.node_type === 'CONDITIONAL' && !conditionalBranches(node.config)) {
    const { rules } = conditionalRules(node.config)
    if (rules.length === 0 || rules.some((r) => !r.field || !r.operator))
      problems.push(`${named(node)} has an incomplete condition.`)
  }
  if (
    node.node_type === 'APPLICATION' &&
    (!text(node.config, 'provider_key') || !text(node.config, 'action_key'))
  )
    problems.push(`${named(node)} has no integration action.`)
  return problems
}

function reachableFrom(entryId: string, edges: readonly EdgeRecord[]): Set<string> {
  const seen = new Set([entryId])
  const queue = [entryId]
  while (queue.length > 0) {
    const current = queue.shift()
    for (const edge of edges) {
      if (edge.from_node_id === current && !seen.has(edge.to_node_id)) {
        seen.add(edge.to_node_id)
        queue.push(edge.to_node_id)
      }
    }
  }
  return seen
}

/**
 * Pre-activation validation (contract §4.6 mock recommendation). One message per problem; each
 * message about a node names it by label in double quotes followed by its id.
 */
export function activationProblems(graph: ActivationGraph): string[] {
  const { nodes, edges } = graph
  if (nodes.length === 0) return ['Workflow has no nodes; add at least one node before activating.']
  const problems: string[] = []
  const ids = new Set(nodes.map((n) => n.id))
  for (const edge of edges) {
    if (!ids.has(edge.from_node_id) || !ids.has(edge.to_node_id))
      problems.push(`Edge ${edge.id} connects a node that does not exist.`)
  }
  const entries = nodes.filter((n) => !edges.some((e) => e.to_node_id === n.id))
  if (entries.length === 0)
    problems.push('Workflow has no entry node: every node has an incoming edge.')
  if (entries.length > 1) {
    for (const entry of entries)
      problems.push(
        `${named(entry)} has no incoming edge; a workflow needs exactly one entry node (found ${entries.length}).`,
      )
  }
  for (const node of nodes) {
    problems.push(
      ...nodeProblems(
        node,
        edges.filter((e) => e.from_node_id === node.id),
        graph,
      ),
    )
  }
  if (entries.length === 1 && entries[0]) {
    const reachable = reachableFrom(entries[0].id, edges)
    for (const node of nodes) {
      if (!reachable.has(node.id))
        problems.push(`${named(node)} cannot be reached from the entry node.`)
    }
  }
  return problems
}

export function activationProblemsFor(db: MockDb, workflowId: string): string[] {
  return activationProblems({
    nodes: db.nodesOf(workflowId),
    edges: db.edgesOf(workflowId),
    agents: db.agents,
    phoneNumbers: [...db.phoneNumbers.values()],
  })
}
