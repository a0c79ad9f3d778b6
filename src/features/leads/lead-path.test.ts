import { describe, expect, it } from 'vitest'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { leadHistorySchema } from '../../api/schemas/lead'
import { computeLeadPath } from './lead-path'

const node = (id: string) => ({ id, nodeType: 'TIME', label: id, position: null, config: {} })
const edge = (id: string, source: string, target: string, label: string | null = null) => ({
  id,
  source,
  target,
  label,
})
const graph: WorkflowGraph = {
  nodes: ['call', 'wait', 'call2', 'won', 'lost'].map(node),
  edges: [
    edge('e_done', 'call', 'won', 'COMPLETED'),
    edge('e_dnp', 'call', 'wait', 'DNP'),
    edge('e_fail', 'call', 'wait', 'FAILED'),
    edge('e_wait', 'wait', 'call2'),
    edge('e_lost', 'call2', 'lost', 'DNP'),
  ],
}
const path = (body: unknown) => computeLeadPath(leadHistorySchema.parse(body), graph)
const sorted = (s: Set<string>) => [...s].sort()

describe('computeLeadPath', () => {
  it('uses edge_id when the history has it (mock superset)', () => {
    const p = path({
      execution: { current_node_id: 'call2' },
      history: [
        {
          node_id: 'call',
          from_node_id: null,
          to_node_id: 'wait',
          edge_id: 'e_fail',
          edge_label: 'FAILED',
        },
        { node_id: 'wait', from_node_id: 'call', to_node_id: 'call2', edge_id: 'e_wait' },
        { node_id: 'call2', from_node_id: 'wait', to_node_id: null },
      ],
    })
    expect(sorted(p.nodes)).toEqual(['call', 'call2', 'wait'])
    expect(sorted(p.edges)).toEqual(['e_fail', 'e_wait'])
    expect(p.currentNodeId).toBe('call2')
  })

  it('matches (from, to) pairs against the graph, preferring the edge with the recorded label', () => {
    const p = path({
      history: [
        {
          from_node_id: 'call',
          to_node_id: 'wait',
          reason: 'DNP',
          edge_label: 'DNP',
          timestamp: 't1',
        },
        { from_node_id: 'wait', to_node_id: 'call2', reason: 'hold_released', timestamp: 't2' },
      ],
    })
    expect(sorted(p.edges)).toEqual(['e_dnp', 'e_wait'])
    expect(sorted(p.nodes)).toEqual(['call', 'call2', 'wait'])
  })

  it('falls back to the first parallel edge when no label was recorded', () => {
    const p = path({ history: [{ from_node_id: 'call', to_node_id: 'wait' }] })
    expect([...p.edges]).toEqual(['e_dnp'])
  })

  it('reads shape A as consecutive steps and marks the open step as current', () => {
    const p = path({
      id: 'wflead_abc',
      history: [
        {
          node_id: 'call',
          node_label: 'Call',
          status: 'no_answer',
          entered_at: 't0',
          exited_at: 't1',
        },
        {
          node_id: 'wait',
          node_label: 'Wait',
          status: 'completed',
          entered_at: 't1',
          exited_at: 't2',
        },
        { node_id: 'call2', node_label: 'Call again', status: 'waiting', entered_at: 't2' },
      ],
    })
    expect(sorted(p.edges)).toEqual(['e_dnp', 'e_wait'])
    expect(p.currentNodeId).toBe('call2')
  })

  it('ignores transitions the graph no longer has (a deleted edge or node)', () => {
    const p = path({ history: [{ from_node_id: 'call', to_node_id: 'gone' }] })
    expect(p.edges.size).toBe(0)
    expect(sorted(p.nodes)).toEqual(['call', 'gone'])
  })

  it('returns an empty path for a lead that has not started', () => {
    const p = path({ lead: { id: 'l', phone_number: '+91', status: 'pending' }, history: [] })
    expect(p).toEqual({ nodes: new Set(), edges: new Set(), currentNodeId: null })
  })
})
