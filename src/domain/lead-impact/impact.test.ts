import { describe, expect, it } from 'vitest'
import { impactOfRemoving, type ImpactGraph } from './impact'

const graph: ImpactGraph = {
  nodes: [
    { id: 'call1', label: 'Call 1' },
    { id: 'back', label: 'Call back' },
    { id: 'wait', label: 'Wait 2 days' },
    { id: 'done', label: 'Done' },
  ],
  edges: [
    { id: 'e1', from_node_id: 'call1', to_node_id: 'wait', label: 'DNP' },
    { id: 'e2', from_node_id: 'wait', to_node_id: 'back', label: null },
    { id: 'e3', from_node_id: 'back', to_node_id: 'done', label: 'COMPLETED' },
    { id: 'e4', from_node_id: 'call1', to_node_id: 'done', label: 'COMPLETED' },
  ],
}
const counts = (nodes: Record<string, [number, number]>) => ({
  nodes: Object.fromEntries(Object.entries(nodes).map(([id, [waiting, in_call]]) => [id, { waiting, in_call }])),
})

describe('impactOfRemoving', () => {
  it('counts the leads waiting at a step a restore deletes, in words', () => {
    const impact = impactOfRemoving(counts({ back: [2, 0] }), { nodeIds: ['back'] }, graph, { cause: 'restore' })
    expect(impact.steps).toEqual([
      {
        nodeId: 'back', label: 'Call back', waiting: 2, inCall: 0,
        sentence: "2 leads are waiting in 'Call back'. Restoring removes it and leaves them stranded.",
      },
    ])
    expect(impact.totalLeads).toBe(2)
    expect(impact.known).toBe(true)
  })

  it('says waiting and in a call apart, one lead in the singular, deleting by default', () => {
    expect(impactOfRemoving(counts({ back: [1, 0] }), { nodeIds: ['back'] }, graph).sentences).toEqual([
      "1 lead is waiting in 'Call back'. Deleting it leaves that lead stranded.",
    ])
    expect(impactOfRemoving(counts({ back: [0, 1] }), { nodeIds: ['back'] }, graph).sentences).toEqual([
      "1 lead is in a call in 'Call back'. Deleting it leaves that lead stranded.",
    ])
    expect(impactOfRemoving(counts({ back: [2, 1] }), { nodeIds: ['back'] }, graph).sentences).toEqual([
      "3 leads are in 'Call back' (2 waiting, 1 in a call). Deleting it leaves them stranded.",
    ])
  })

  it('names nothing for steps without leads, and says when the counts are unknown', () => {
    expect(impactOfRemoving(counts({ back: [0, 0], call1: [4, 0] }), { nodeIds: ['back', 'done'] }, graph).steps).toEqual([])
    const unknown = impactOfRemoving(null, { nodeIds: ['back'] }, graph)
    expect(unknown).toMatchObject({ known: false, steps: [], totalLeads: 0 })
  })

  it('warns about leads whose only way on is a removed connection', () => {
    const impact = impactOfRemoving(counts({ wait: [3, 0] }), { edgeIds: ['e2'] }, graph)
    expect(impact.connections).toEqual([
      expect.objectContaining({
        edgeId: 'e2', waiting: 3,
        sentence: "3 leads are waiting in 'Wait 2 days'. Without the connection to 'Call back', they have nowhere to go and stay in 'Wait 2 days'.",
      }),
    ])
  })

  it('counts a connection lost with the step it leads to, once per step', () => {
    // Deleting 'Call back' takes e2 with it: the leads at the wait have nowhere to go either.
    const impact = impactOfRemoving(counts({ back: [2, 0], wait: [1, 0] }), { nodeIds: ['back'], edgeIds: ['e2'] }, graph)
    expect(impact.steps.map((s) => s.nodeId)).toEqual(['back'])
    expect(impact.connections.map((c) => c.edgeId)).toEqual(['e2'])
    expect(impact.totalLeads).toBe(3)
  })

  it('names the outcome, and stays quiet when another connection or an added one still routes it', () => {
    const one = impactOfRemoving(counts({ call1: [0, 2] }), { edgeIds: ['e4'] }, graph)
    expect(one.sentences).toEqual([
      "2 leads are in a call in 'Call 1'. Without the connection to 'Done' (COMPLETED), those whose step ends COMPLETED have nowhere to go and stay in 'Call 1'.",
    ])
    const withDefault: ImpactGraph = { ...graph, edges: [...graph.edges, { id: 'e5', from_node_id: 'call1', to_node_id: 'wait', label: null }] }
    expect(impactOfRemoving(counts({ call1: [0, 2] }), { edgeIds: ['e4'] }, withDefault).connections).toEqual([])
    const readded = impactOfRemoving(counts({ call1: [0, 2] }), { edgeIds: ['e4'] }, graph, {
      added: [{ from_node_id: 'call1', label: 'completed' }],
    })
    expect(readded.connections).toEqual([])
  })
})
