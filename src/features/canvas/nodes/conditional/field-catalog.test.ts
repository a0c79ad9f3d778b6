import { describe, expect, it } from 'vitest'
import type { WorkflowGraph } from '../../../../api/schemas/graph'
import type { Agent } from '../../../../api/schemas/resources'
import { conditionFieldCatalog, findField, upstreamAgentIds } from './field-catalog'

const node = (id: string, nodeType: string, config: Record<string, unknown> = {}) => ({
  id,
  nodeType,
  label: id,
  position: null,
  config,
})
const edge = (source: string, target: string) => ({
  id: `${source}-${target}`,
  source,
  target,
  label: null,
})

// call1 (Priya) → wait → cond; call2 (Neha) is after the condition: not upstream.
const graph: WorkflowGraph = {
  nodes: [
    node('call1', 'VOICE_CALL', { agent_id: 'agt_priya' }),
    node('wait', 'TIME'),
    node('cond', 'CONDITIONAL'),
    node('call2', 'VOICE_CALL', { agent_id: 'agt_neha' }),
  ],
  edges: [
    edge('call1', 'wait'),
    edge('wait', 'cond'),
    edge('cond', 'call2'),
    edge('call2', 'cond'),
  ],
}
const agent = (id: string, name: string, analysisFields: Agent['analysisFields']): Agent => ({
  id,
  name,
  isPublished: true,
  isDeleted: false,
  timezone: undefined,
  templates: [],
  analysisFields,
})
const agents = [
  agent('agt_priya', 'Priya', [
    { name: 'interested', type: 'SELECTOR', options: ['yes', 'no'], description: undefined },
    { name: 'visit_booked', type: 'BOOLEAN', options: [], description: undefined },
  ]),
  agent('agt_neha', 'Neha', [
    { name: 'nps_score', type: 'NUMBER', options: [], description: '0 to 10' },
  ]),
]

describe('the fields a condition can test', () => {
  it('finds the agents of the calls before the step, through waits and loops', () => {
    expect(upstreamAgentIds(graph, 'cond')).toEqual(['agt_neha', 'agt_priya'])
    expect(upstreamAgentIds(graph, 'call1')).toEqual([])
  })

  it('offers lead variables, the call outcome and upstream agents’ analysis fields with their values', () => {
    const groups = conditionFieldCatalog({
      variableKeys: ['first_name', 'city'],
      agents,
      graph,
      nodeId: 'cond',
    })
    expect(groups.map((g) => g.label)).toEqual([
      'Lead variables',
      'Last call',
      'Post-call analysis: Neha',
      'Post-call analysis: Priya',
    ])
    expect(findField(groups, 'call_status')?.values).toContain('no_answer')
    expect(findField(groups, 'postcall_analysis.interested')?.values).toEqual(['yes', 'no'])
    expect(findField(groups, 'postcall_analysis.visit_booked')?.values).toEqual(['true', 'false'])
    expect(findField(groups, 'postcall_analysis.nps_score')).toMatchObject({
      values: [],
      hint: 'a number',
    })
    // A rule saved with the bare name is the same field.
    expect(findField(groups, 'interested')?.value).toBe('postcall_analysis.interested')
    expect(findField(groups, 'first_name')?.value).toBe('first_name')
  })
})
