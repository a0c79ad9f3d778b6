import type { EdgeRecord, NodeRecord } from '../db/types'
import { SEED_PHONE_NUMBERS } from './resources'
import { TIDY_POSITIONS } from './tidy-positions'

type PhoneSeed = (typeof SEED_PHONE_NUMBERS)[keyof typeof SEED_PHONE_NUMBERS]

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * Small DSL for seeded graphs. `key` is 9 lowercase alphanumerics so that node and edge ids are
 * `node_`/`edge_` + 12 characters. A step is stored where the canvas's "Tidy up" puts it
 * (`tidy-positions.ts`, written by scripts/tidy-seeds.ts); `[col, row]` places a step that script
 * has not seen yet.
 */
export function graphBuilder(workflowId: string, key: string) {
  const nodes: NodeRecord[] = []
  const edges: EdgeRecord[] = []
  const node = (
    nodeType: string,
    label: string,
    [col, row]: [number, number],
    config: Record<string, unknown> = {},
  ) => {
    const id = `node_${key}n${pad(nodes.length + 1)}`
    const [x, y] = TIDY_POSITIONS[id] ?? [80 + col * 300, 80 + row * 170]
    nodes.push({
      id,
      workflow_id: workflowId,
      node_type: nodeType,
      label,
      position_x: x,
      position_y: y,
      config,
    })
    return id
  }
  const edge = (from: string, to: string, label: string | null = null) => {
    const id = `edge_${key}e${pad(edges.length + 1)}`
    edges.push({ id, workflow_id: workflowId, from_node_id: from, to_node_id: to, label })
    return id
  }
  return { node, edge, nodes, edges }
}

export const voiceConfig = (agentId: string, phone: PhoneSeed) => ({
  agent_id: agentId,
  from_phone_number: phone.phone_number,
  phone_number_id: phone.id,
})

export const waitConfig = (value: number, unit: 'minutes' | 'hours' | 'days') => ({
  time_source: 'fixed_duration',
  duration_value: value,
  duration_unit: unit,
  ...(unit === 'hours' ? { delay_hours: value } : {}),
})

export const pcaWaitConfig = (field: string) => ({
  time_source: 'postcall_analysis',
  pca_field: field,
})

type Rule = [field: string, operator: string, value?: string | number]

export const rulesConfig = (logic: 'AND' | 'OR', ...rules: Rule[]) => ({
  mode: 'rules',
  logic,
  conditions: rules.map(([field, operator, value]) =>
    value === undefined ? { field, operator } : { field, operator, value },
  ),
})

export const watiConfig = (template: string, parameters: Record<string, string>) => ({
  provider_key: 'wati',
  action_key: 'send_template_message',
  action_config: { phone_number: '{{phone_number}}', template_name: template, parameters },
})

export const resendConfig = (to: string, subject: string, text: string) => ({
  provider_key: 'resend',
  action_key: 'send_email',
  action_config: { from: 'alerts@dialnexa-demo.example', to, subject, text },
})
