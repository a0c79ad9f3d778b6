import { describe, expect, it } from 'vitest'
import { impactOfChange, type ImpactGraph } from './impact'
import { groupLeadsByStep, type LeadInFlight } from './leads-on-steps'
import { findStrandedLeads } from './stranded'
import { outputForEdgeLabel } from '../node-types'

const graph: ImpactGraph = {
  nodes: [
    { id: 'call', nodeType: 'VOICE_CALL', label: 'Call 1', config: {} },
    { id: 'wait', nodeType: 'TIME', label: 'Wait 2 days', config: { duration_value: 2 } },
    { id: 'again', nodeType: 'VOICE_CALL', label: 'Call back', config: {} },
    { id: 'won', nodeType: 'CONVERTED', label: 'Converted', config: {} },
    { id: 'lost', nodeType: 'DROPPED', label: 'Dropped', config: {} },
  ],
  edges: [
    { id: 'e1', source: 'call', target: 'wait', label: 'DNP' },
    { id: 'e2', source: 'call', target: 'won', label: 'COMPLETED' },
    { id: 'e3', source: 'call', target: 'lost', label: 'FAILED' },
    { id: 'e4', source: 'wait', target: 'again', label: null },
    { id: 'e5', source: 'again', target: 'won', label: null },
  ],
}
const lead = (id: string, at: string | null, inCall = false): LeadInFlight => ({
  id,
  phoneNumber: `+9198000000${id}`,
  currentNodeId: at,
  inCall,
})
const leads = [
  lead('1', 'again'),
  lead('2', 'again', true),
  lead('3', 'wait'),
  lead('4', 'call'),
  lead('5', null),
]
const byStep = groupLeadsByStep(leads)

describe('impactOfChange', () => {
  it('deleting a step with leads on it strands every one of them, in numbers', () => {
    const impact = impactOfChange(graph, byStep, {
      kind: 'delete',
      nodeIds: ['again'],
      edgeIds: [],
    })
    expect(impact.items).toHaveLength(1)
    expect(impact.items[0]!.sentence).toBe(
      '2 leads are in “Call back” (1 waiting, 1 in a call). Deleting it leaves them stranded: they will never move on.',
    )
    expect(impact.strandedLeadIds).toEqual(['1', '2'])
  })

  it('deleting a step nobody is on reaches nobody', () => {
    const impact = impactOfChange(graph, byStep, { kind: 'delete', nodeIds: ['won'], edgeIds: [] })
    expect(impact.items).toEqual([])
    expect(impact.leadsReached).toBe(0)
  })

  it('deleting the only connection out of a wait strands everyone waiting there', () => {
    const impact = impactOfChange(graph, byStep, { kind: 'delete', nodeIds: [], edgeIds: ['e4'] })
    expect(impact.items[0]!.sentence).toBe(
      '1 lead is waiting in “Wait 2 days”. Without this connection they have no next step: the lead stays there, stranded.',
    )
    expect(impact.strandedLeadIds).toEqual(['3'])
  })

  it('deleting one outcome of a call names the outcome and removes nobody for sure', () => {
    const impact = impactOfChange(graph, byStep, { kind: 'delete', nodeIds: [], edgeIds: ['e3'] })
    expect(impact.items[0]!.sentence).toBe(
      '1 lead is waiting in “Call 1”. Without this connection, leads whose call fails will have no next step and stay there (stranded).',
    )
    expect(impact.strandedLeadIds).toEqual([])
  })

  it('the connections of a deleted step count once, with the step', () => {
    const impact = impactOfChange(graph, byStep, {
      kind: 'delete',
      nodeIds: ['again'],
      edgeIds: ['e4', 'e5'],
    })
    // e4 leaves the wait: the wait's lead loses its route too.
    expect(impact.items.map((i) => i.nodeId)).toEqual(['again', 'wait'])
    expect(impact.strandedLeadIds).toEqual(['1', '2', '3'])
  })

  it('redirecting an output says where the leads go instead', () => {
    const output = outputForEdgeLabel('VOICE_CALL', 'FAILED')!
    const impact = impactOfChange(graph, byStep, {
      kind: 'redirect',
      nodeId: 'call',
      output,
      targetId: 'wait',
    })
    expect(impact.items[0]!.sentence).toBe(
      '1 lead is waiting in “Call 1”. From now on, leads whose call fails go to “Wait 2 days” instead of “Dropped”.',
    )
  })

  it('a branch condition that loses the branch its leads route by says so', () => {
    const branchy: ImpactGraph = {
      nodes: [
        {
          id: 'c',
          nodeType: 'CONDITIONAL',
          label: 'Interested?',
          config: { mode: 'branch', condition_field: 'x', branches: ['yes', 'no'] },
        },
        { id: 'a', nodeType: 'CONVERTED', label: 'A', config: {} },
        { id: 'b', nodeType: 'DROPPED', label: 'B', config: {} },
      ],
      edges: [
        { id: 'y', source: 'c', target: 'a', label: 'yes' },
        { id: 'n', source: 'c', target: 'b', label: 'no' },
      ],
    }
    const impact = impactOfChange(branchy, groupLeadsByStep([lead('9', 'c')]), {
      kind: 'reconfigure',
      nodeId: 'c',
      config: { mode: 'branch', condition_field: 'x', branches: ['yes', 'maybe'] },
    })
    expect(impact.items[0]!.sentence).toContain('leads on the no branch will have no next step')
  })

  it('a new wait length changes no route: nobody is reached', () => {
    const impact = impactOfChange(graph, byStep, {
      kind: 'reconfigure',
      nodeId: 'wait',
      config: { duration_value: 3 },
    })
    expect(impact.items).toEqual([])
  })
})

describe('findStrandedLeads', () => {
  it('finds leads on a deleted step and on a step with no route at all, and nobody else', () => {
    const after: ImpactGraph = {
      nodes: graph.nodes.filter((n) => n.id !== 'again'),
      edges: graph.edges.filter((e) => e.source !== 'again' && e.target !== 'again'),
    }
    const found = findStrandedLeads(after, leads)
    expect(found.map((s) => [s.lead.id, s.reason, s.where])).toEqual([
      ['1', 'step-deleted', 'again'],
      ['2', 'step-deleted', 'again'],
      ['3', 'no-route', 'Wait 2 days'],
    ])
    expect(found[2]!.explanation).toContain('“Wait 2 days” has no next step for any outcome')
  })

  it('a step missing only some routes is not called stranded (the outcome is not known yet)', () => {
    const partial: ImpactGraph = {
      nodes: graph.nodes,
      edges: graph.edges.filter((e) => e.id !== 'e3'),
    }
    expect(findStrandedLeads(partial, leads)).toEqual([])
  })
})
