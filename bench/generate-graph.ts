import type { WorkflowEdge, WorkflowGraph, WorkflowNode } from '../src/api/schemas/graph'
import type { Agent, PhoneNumber } from '../src/api/schemas/resources'
import { NODE_TYPE_SPECS, type KnownNodeType } from '../src/domain/node-types'

export type GeneratedWorkflow = {
  graph: WorkflowGraph
  agents: Agent[]
  phoneNumbers: PhoneNumber[]
  variableKeys: string[]
}

export type GenerateOptions = {
  nodes: number
  seed?: number
  /** Share of non-terminal nodes given a deliberate mistake (missing config, unwired output). */
  mistakeRate?: number
}

/** mulberry32: small, fast, deterministic. */
export function randomSource(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const AGENTS: Agent[] = Array.from({ length: 8 }, (_, i) => ({
  id: `agt_bench${i}`,
  name: `Bench agent ${i}`,
  isPublished: true,
  isDeleted: false,
  timezone: 'Asia/Kolkata',
  templates: [`Hello {{customer_name}}, this is {{agent_name}} about your {{product}}.`],
}))

const NUMBERS: PhoneNumber[] = Array.from({ length: 4 }, (_, i) => ({
  id: `phn_bench${i}`,
  phoneNumber: `+9122345678${i}0`,
  displayName: `Bench line ${i}`,
  status: 'active',
  isActive: true,
  outboundAgentId: `agt_bench${i}`,
  provider: 'plivo',
  countryCode: 'IN',
}))

function configFor(
  type: KnownNodeType,
  pick: <T>(list: readonly T[]) => T,
): Record<string, unknown> {
  switch (type) {
    case 'VOICE_CALL': {
      const number = pick(NUMBERS)
      return {
        agent_id: pick(AGENTS).id,
        from_phone_number: number.phoneNumber,
        phone_number_id: number.id,
      }
    }
    case 'TIME':
      return {
        time_source: 'fixed_duration',
        duration_value: 1 + Math.floor(pick([1, 2, 4, 24])),
        duration_unit: 'hours',
      }
    case 'CONDITIONAL':
      return {
        mode: 'rules',
        logic: 'AND',
        conditions: [{ field: 'city', operator: 'equals', value: 'Mumbai' }],
      }
    case 'APPLICATION':
      return {
        provider_key: 'wati',
        action_key: 'send_template',
        action_config: { body: 'Hi {{customer_name}}' },
      }
    default:
      return {}
  }
}

/**
 * A random workflow shaped like real ones: one entry call, forward edges from every output (a
 * chain through all nodes keeps them reachable), retry loops back through TIME nodes, and a tail
 * of CONVERTED/DROPPED nodes. Same seed, same graph.
 */
export function generateWorkflow({
  nodes: count,
  seed = 1,
  mistakeRate = 0.02,
}: GenerateOptions): GeneratedWorkflow {
  const random = randomSource(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const terminals = Math.max(2, Math.floor(count * 0.1))
  const body = count - terminals
  const types: KnownNodeType[] = [
    'VOICE_CALL',
    'VOICE_CALL',
    'CONDITIONAL',
    'TIME',
    'TIME',
    'APPLICATION',
  ]
  const nodes: WorkflowNode[] = Array.from({ length: count }, (_, i) => {
    const type: KnownNodeType =
      i === 0 ? 'VOICE_CALL' : i >= body ? (i % 2 ? 'CONVERTED' : 'DROPPED') : pick(types)
    return {
      id: `node_${i}`,
      nodeType: type,
      label: `${NODE_TYPE_SPECS[type].title} ${i}`,
      position: { x: (i % 40) * 220, y: Math.floor(i / 40) * 140 },
      config: configFor(type, pick),
    }
  })
  const edges: WorkflowEdge[] = []
  const calls: number[] = []
  const connect = (from: number, to: number, label: string | null) =>
    edges.push({ id: `edge_${edges.length}`, source: `node_${from}`, target: `node_${to}`, label })
  for (let i = 0; i < body; i++) {
    const node = nodes[i] as WorkflowNode
    if (node.nodeType === 'VOICE_CALL') calls.push(i)
    const broken = random() < mistakeRate
    if (broken && node.nodeType === 'VOICE_CALL') node.config = {}
    NODE_TYPE_SPECS[node.nodeType as KnownNodeType].outputs.forEach((output, k) => {
      if (broken && k === 1) return
      let to: number
      if (k === 0) to = i + 1
      else if (node.nodeType === 'TIME' && calls.length > 1 && random() < 0.3) to = pick(calls)
      else if (random() < 0.4) to = body + Math.floor(random() * terminals)
      else to = Math.min(count - 1, i + 1 + Math.floor(random() * 50))
      connect(i, to, output.edgeLabel)
    })
  }
  return {
    graph: { nodes, edges },
    agents: AGENTS,
    phoneNumbers: NUMBERS,
    variableKeys: ['customer_name', 'product', 'city'],
  }
}
