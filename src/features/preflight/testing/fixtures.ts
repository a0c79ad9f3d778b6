import type { WorkflowEdge, WorkflowGraph, WorkflowNode } from '../../../api/schemas/graph'
import type { Agent, PhoneNumber } from '../../../api/schemas/resources'
import type { PreflightInput } from '../check'
import { runPreflight } from '../run-preflight'

export const node = (
  id: string,
  nodeType: string,
  label: string,
  config: Record<string, unknown> = {},
): WorkflowNode => ({ id, nodeType, label, position: { x: 0, y: 0 }, config })

export const edge = (
  source: string,
  target: string,
  label: string | null = null,
  id?: string,
): WorkflowEdge => ({
  id: id ?? `e_${source}_${target}_${label ?? 'default'}`,
  source,
  target,
  label,
})

export const agent = (id: string, overrides: Partial<Agent> = {}): Agent => ({
  id,
  name: `Agent ${id}`,
  isPublished: true,
  isDeleted: false,
  timezone: 'Asia/Kolkata',
  templates: ['Hello {{customer_name}}, this is {{agent_name}} about your {{loan_amount}} loan.'],
  ...overrides,
})

export const phoneNumber = (
  id: string,
  phone: string,
  overrides: Partial<PhoneNumber> = {},
): PhoneNumber => ({
  id,
  phoneNumber: phone,
  displayName: `Line ${id}`,
  status: 'active',
  isActive: true,
  outboundAgentId: 'agt_main',
  provider: 'plivo',
  countryCode: 'IN',
  ...overrides,
})

const callConfig = {
  agent_id: 'agt_main',
  from_phone_number: '+912200000001',
  phone_number_id: 'phn_main',
}

/**
 * A complete, correct nurture workflow: call, branch on interest, send an offer, retry a
 * non-pickup once after a day's wait, and end every path in Converted or Dropped.
 */
export function nurtureGraph(): WorkflowGraph {
  return {
    nodes: [
      node('call1', 'VOICE_CALL', 'First call', { ...callConfig }),
      node('interested', 'CONDITIONAL', 'Interested?', {
        mode: 'rules',
        logic: 'AND',
        conditions: [{ field: 'interested', operator: 'equals', value: 'yes' }],
      }),
      node('offer', 'APPLICATION', 'Send offer', {
        provider_key: 'wati',
        action_key: 'send_template',
        action_config: { body: 'Hi {{customer_name}}, your offer is ready.' },
      }),
      node('wait', 'TIME', 'Wait a day', {
        time_source: 'fixed_duration',
        duration_value: 1,
        duration_unit: 'days',
      }),
      node('call2', 'VOICE_CALL', 'Second call', { ...callConfig }),
      node('converted', 'CONVERTED', 'Converted'),
      node('dropped', 'DROPPED', 'Dropped'),
    ],
    edges: [
      edge('call1', 'interested', 'COMPLETED'),
      edge('call1', 'dropped', 'FAILED'),
      edge('call1', 'wait', 'DNP'),
      edge('wait', 'call2'),
      edge('call2', 'interested', 'COMPLETED'),
      edge('call2', 'dropped', 'FAILED'),
      edge('call2', 'dropped', 'NO_ANSWER'),
      edge('interested', 'offer', 'true'),
      edge('interested', 'dropped', 'false'),
      edge('offer', 'converted', 'success'),
      edge('offer', 'dropped', 'failure'),
    ],
  }
}

export function nurtureInput(overrides: Partial<PreflightInput> = {}): PreflightInput {
  return {
    graph: nurtureGraph(),
    agents: [agent('agt_main'), agent('agt_draft', { isPublished: false })],
    phoneNumbers: [phoneNumber('phn_main', '+912200000001')],
    variableKeys: ['customer_name', 'loan_amount'],
    concurrencyLimit: 5,
    enrolledLeads: 3,
    ...overrides,
  }
}

/** The graph with one node's config replaced. */
export function withConfig(
  graph: WorkflowGraph,
  id: string,
  config: Record<string, unknown>,
): WorkflowGraph {
  return { ...graph, nodes: graph.nodes.map((n) => (n.id === id ? { ...n, config } : n)) }
}

export function withoutEdge(
  graph: WorkflowGraph,
  source: string,
  label: string | null,
): WorkflowGraph {
  return { ...graph, edges: graph.edges.filter((e) => !(e.source === source && e.label === label)) }
}

export function withEdges(graph: WorkflowGraph, ...edges: WorkflowEdge[]): WorkflowGraph {
  return { ...graph, edges: [...graph.edges, ...edges] }
}

export function withNodes(graph: WorkflowGraph, ...nodes: WorkflowNode[]): WorkflowGraph {
  return { ...graph, nodes: [...graph.nodes, ...nodes] }
}

export const problemsOf = (input: PreflightInput) => runPreflight(input)
export const codesOf = (input: PreflightInput) => runPreflight(input).map((p) => p.code)
