import { describe, expect, it } from 'vitest'
import type { WorkflowGraph } from '../../../api/schemas/graph'
import { analysisFieldsAfter } from './analysis-fields'
import { fillTemplate, missingVariables } from './fill-template'
import { walkPath, walkTestRun } from './walk'
import type { CallAnswer } from './walk-types'

const node = (id: string, nodeType: string, config: Record<string, unknown> = {}) => ({
  id,
  nodeType,
  label: id,
  position: null,
  config,
})
const edge = (source: string, target: string, label: string | null = null) => ({
  id: `${source}-${label ?? 'next'}-${target}`,
  source,
  target,
  label,
})

/** The nurture shape: call → DNP → wait 2 days → call → interested? → converted / dropped. */
const graph: WorkflowGraph = {
  nodes: [
    node('call1', 'VOICE_CALL', { agent_id: 'agt' }),
    node('wait', 'TIME', { duration_value: 2, duration_unit: 'days' }),
    node('call2', 'VOICE_CALL'),
    node('interested', 'CONDITIONAL', {
      logic: 'AND',
      conditions: [{ field: 'interested', operator: 'equals', value: 'yes' }],
    }),
    node('won', 'CONVERTED'),
    node('lost', 'DROPPED'),
  ],
  edges: [
    edge('call1', 'interested', 'COMPLETED'),
    edge('call1', 'wait', 'DNP'),
    edge('wait', 'call2'),
    edge('call2', 'interested', 'COMPLETED'),
    edge('interested', 'won', 'true'),
    edge('interested', 'lost', 'false'),
  ],
}
const START = Date.parse('2026-12-02T04:30:00.000Z')
const lead = { phoneNumber: '+919800000001', variables: { first_name: 'Asha' } }
const run = (answers: CallAnswer[]) =>
  walkTestRun({ graph, lead, answers, startAt: START, callMinutes: 3 })
const dnp: CallAnswer = { status: 'no_answer', analysis: {} }
const completed = (interested: string): CallAnswer => ({
  status: 'completed',
  analysis: { interested },
})

describe('a test run', () => {
  it('starts at the entry step and asks for the first call', () => {
    const walk = run([])
    expect(walk.steps.map((s) => s.node.id)).toEqual(['call1'])
    expect(walk.end).toEqual({ kind: 'awaiting-call' })
  })

  it('walks DNP → wait → call → Completed → interested → converted, with times', () => {
    const walk = run([dnp, completed('yes')])
    expect(walk.steps.map((s) => [s.node.id, s.output])).toEqual([
      ['call1', 'DNP'],
      ['wait', null],
      ['call2', 'COMPLETED'],
      ['interested', 'true'],
      ['won', null],
    ])
    expect(walk.end).toEqual({ kind: 'ended', as: 'converted' })
    const waitStep = walk.steps[1]
    expect(waitStep?.enteredAt).toBe(START + 60_000)
    expect(waitStep?.leftAt).toBe(START + 60_000 + 2 * 86_400_000)
    expect(walk.steps[4]?.enteredAt).toBe(START + 60_000 + 2 * 86_400_000 + 3 * 60_000)
    expect(walkPath(walk)).toEqual({
      nodes: new Set(['call1', 'wait', 'call2', 'interested', 'won']),
      edges: new Set([
        'call1-DNP-wait',
        'wait-next-call2',
        'call2-COMPLETED-interested',
        'interested-true-won',
      ]),
      currentNodeId: 'won',
    })
  })

  it('shows why a condition went false', () => {
    const walk = run([completed('no')])
    const verdict = walk.steps[1]?.outcome
    expect(verdict).toMatchObject({ kind: 'condition', verdict: { output: 'false' } })
    expect(walk.end).toEqual({ kind: 'ended', as: 'dropped' })
  })

  it('keeps the lead where no edge matches (a FAILED call here)', () => {
    const walk = run([{ status: 'failed', analysis: {} }])
    expect(walk.end).toEqual({ kind: 'stuck', reason: 'no-matching-edge' })
    expect(walk.steps.at(-1)?.leftAt).toBeNull()
  })

  it('forgets the analysis of a call that was not picked up', () => {
    const walk = run([{ status: 'no_answer', analysis: { interested: 'yes' } }, completed('')])
    expect(walk.steps[3]?.output).toBe('false')
  })

  it('asks for the analysis fields later conditions read, not lead variables', () => {
    expect(analysisFieldsAfter(graph, 'call2', lead.variables)).toEqual([
      { name: 'interested', suggestions: ['yes'], numeric: false },
    ])
    expect(analysisFieldsAfter(graph, 'call2', { interested: 'x' })).toEqual([])
  })
})

describe('a prompt with the lead’s values', () => {
  it('fills known variables and marks missing ones', () => {
    const parts = fillTemplate('Hi {{first_name}}, {{ loan_amount }} is ready.', {
      first_name: 'Asha',
    })
    expect(parts).toEqual([
      { text: 'Hi ' },
      { variable: 'first_name', value: 'Asha' },
      { text: ', ' },
      { variable: 'loan_amount', value: null },
      { text: ' is ready.' },
    ])
    expect(missingVariables(parts)).toEqual(['loan_amount'])
  })
})
