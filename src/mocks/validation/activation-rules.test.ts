import { describe, expect, it } from 'vitest'
import { createMockDb } from '../db/mock-db'
import type { EdgeRecord, NodeRecord } from '../db/types'
import { buildSeed } from '../seed/build-seed'
import { buildSeedGraphs } from '../seed/graphs'
import { SEED_AGENTS, SEED_PHONE_NUMBERS } from '../seed/resources'
import { SEED_WORKFLOWS } from '../seed/workflows'
import { activationProblems, activationProblemsFor, type ActivationGraph } from './activation-rules'

const db = createMockDb(buildSeed)
const graphs = buildSeedGraphs()

let seq = 0
const node = (
  node_type: string,
  config: Record<string, unknown> = {},
  label = node_type,
): NodeRecord => ({
  id: `node_t${++seq}`,
  workflow_id: 'wf_t',
  node_type,
  label,
  position_x: null,
  position_y: null,
  config,
})
const edge = (from: NodeRecord, to: NodeRecord, label: string | null = null): EdgeRecord => ({
  id: `edge_t${++seq}`,
  workflow_id: 'wf_t',
  from_node_id: from.id,
  to_node_id: to.id,
  label,
})
const graphOf = (nodes: NodeRecord[], edges: EdgeRecord[]): ActivationGraph => ({
  nodes,
  edges,
  agents: db.agents,
  phoneNumbers: [...db.phoneNumbers.values()],
})
const goodCall = () =>
  node('VOICE_CALL', {
    agent_id: SEED_AGENTS.care.id,
    from_phone_number: SEED_PHONE_NUMBERS.delhi.phone_number,
    phone_number_id: SEED_PHONE_NUMBERS.delhi.id,
  })

describe('activation validation on the seeds', () => {
  it('finds nothing wrong with the ready appointment reminder', () => {
    expect(activationProblemsFor(db, SEED_WORKFLOWS.appointmentReady.id)).toEqual([])
  })

  it.each([
    'nurture',
    'reengage',
    'kyc',
    'legacyRunning',
    'renewal',
    'legacyName',
    'nps',
    'webinar',
  ] as const)('finds the %s graph valid', (key) => {
    expect(activationProblemsFor(db, SEED_WORKFLOWS[key].id)).toEqual([])
  })

  it('refuses an empty graph', () => {
    expect(activationProblemsFor(db, SEED_WORKFLOWS.siteVisit.id)).toEqual([
      'Workflow has no nodes; add at least one node before activating.',
    ])
  })

  it('names each broken node of the cart abandonment draft by label and id', () => {
    const { call, wantsDiscount, code } = graphs.cartAbandonment.ids
    expect(activationProblemsFor(db, SEED_WORKFLOWS.cartAbandonment.id)).toEqual([
      `Node "Cart reminder call" (${call}) has no agent.`,
      `Node "Wants discount?" (${wantsDiscount}) has no "false" edge.`,
      `Node "Send discount code" (${code}) has no "failure" edge.`,
    ])
  })

  it('reports the orphan entry, the empty wait and the edge out of DROPPED in the win-back draft', () => {
    const { call, orphan, coolOff, lapsed } = graphs.winback.ids
    const problems = activationProblemsFor(db, SEED_WORKFLOWS.winback.id)
    expect(problems).toEqual([
      `Node "Win-back call" (${call}) has no incoming edge; a workflow needs exactly one entry node (found 2).`,
      `Node "Old intro call" (${orphan}) has no incoming edge; a workflow needs exactly one entry node (found 2).`,
      `Node "Cool-off" (${coolOff}) has no wait duration or post-call analysis field.`,
      `Node "Lapsed" (${lapsed}) is a final DROPPED node but has 1 outgoing edge(s).`,
      `Node "Old intro call" (${orphan}) has no outgoing edge.`,
    ])
  })

  it('reports the unpublished agent and the inactive number of the feedback draft', () => {
    const { call, courier } = graphs.feedback.ids
    expect(activationProblemsFor(db, SEED_WORKFLOWS.feedback.id)).toEqual([
      `Node "Feedback call" (${call}) uses agent "Kabir – Sales (draft)" (${SEED_AGENTS.salesDraft.id}), which is not published.`,
      `Node "Courier follow-up" (${courier}) uses phone number +918005550106, which is pending, not active.`,
    ])
  })
})

describe('activation validation rules', () => {
  it('accepts a single final node', () => {
    expect(activationProblems(graphOf([node('CONVERTED')], []))).toEqual([])
  })

  it('refuses a graph where every node has an incoming edge', () => {
    const a = goodCall()
    const b = node('TIME', { duration_value: 1, duration_unit: 'hours' })
    const problems = activationProblems(graphOf([a, b], [edge(a, b, 'DNP'), edge(b, a)]))
    expect(problems).toContain('Workflow has no entry node: every node has an incoming edge.')
  })

  it('flags a node that only an unreachable cycle leads to', () => {
    const entry = goodCall()
    const done = node('CONVERTED')
    const x = node('TIME', { delay_hours: 1 }, 'Loop A')
    const y = node('TIME', { delay_minutes: 5 }, 'Loop B')
    const problems = activationProblems(
      graphOf([entry, done, x, y], [edge(entry, done, 'COMPLETED'), edge(x, y), edge(y, x)]),
    )
    expect(problems).toEqual([
      `Node "Loop A" (${x.id}) cannot be reached from the entry node.`,
      `Node "Loop B" (${y.id}) cannot be reached from the entry node.`,
    ])
  })

  it('accepts a wait on a post-call analysis field and refuses a zero duration', () => {
    const entry = goodCall()
    const pca = node('TIME', {
      time_source: 'postcall_analysis',
      pca_field: 'postcall_analysis.callback_time',
    })
    const zero = node('TIME', { duration_value: 0, duration_unit: 'days' }, 'Zero wait')
    const end = node('CONVERTED')
    const problems = activationProblems(
      graphOf(
        [entry, pca, zero, end],
        [edge(entry, pca, 'COMPLETED'), edge(pca, zero), edge(zero, end)],
      ),
    )
    expect(problems).toEqual([
      `Node "Zero wait" (${zero.id}) has no wait duration or post-call analysis field.`,
    ])
  })

  it('wants an edge for every branch of a branch-mode condition', () => {
    const entry = node(
      'CONDITIONAL',
      { mode: 'branch', condition_field: 'call_status', branches: ['COMPLETED', 'FAILED'] },
      'Switch',
    )
    const end = node('CONVERTED')
    const problems = activationProblems(graphOf([entry, end], [edge(entry, end, 'completed')]))
    expect(problems).toEqual([`Node "Switch" (${entry.id}) has no "FAILED" edge.`])
  })

  it('refuses an unknown agent, a missing number and an unknown number', () => {
    const a = node(
      'VOICE_CALL',
      { agent_id: 'agt_missing', from_phone_number: '+910000000000' },
      'A',
    )
    const b = node('VOICE_CALL', { agent_id: SEED_AGENTS.care.id }, 'B')
    const end = node('CONVERTED')
    const problems = activationProblems(
      graphOf([a, b, end], [edge(a, b, 'COMPLETED'), edge(b, end, 'COMPLETED')]),
    )
    expect(problems).toEqual([
      `Node "A" (${a.id}) uses agent agt_missing, which does not exist.`,
      `Node "A" (${a.id}) uses phone number +910000000000, which is not in this organization.`,
      `Node "B" (${b.id}) has no outbound phone number.`,
    ])
  })

  it('honours APPLICATION config outputs when no labelled edge exists', () => {
    const entry = node(
      'APPLICATION',
      { provider_key: 'wati', action_key: 'send', outputs: { failure: 'node_x' } },
      'App',
    )
    const end = node('CONVERTED')
    expect(activationProblems(graphOf([entry, end], [edge(entry, end, 'success')]))).toEqual([])
  })
})
