import { describe, expect, it } from 'vitest'
import type { EdgeRecord, NodeRecord } from '../db/types'
import { chooseEdge } from './routing'

const node = (config: Record<string, unknown> = {}): NodeRecord => ({
  id: 'node_a',
  workflow_id: 'wf',
  node_type: 'VOICE_CALL',
  label: 'Call',
  position_x: 0,
  position_y: 0,
  config,
})
let n = 0
const edge = (label: string | null): EdgeRecord => ({
  id: `edge_${++n}`,
  workflow_id: 'wf',
  from_node_id: 'node_a',
  to_node_id: `node_to_${n}`,
  label,
})

describe('edge choice', () => {
  it('prefers a labelled match over an earlier unlabelled edge', () => {
    const fallback = edge(null)
    const completed = edge('COMPLETED')
    expect(chooseEdge(node(), [fallback, completed], 'COMPLETED')).toBe(completed)
  })

  it('matches labels case-insensitively', () => {
    const yes = edge('True')
    expect(chooseEdge(node(), [edge('false'), yes], 'true')).toBe(yes)
  })

  it('lets a specific refinement beat DNP', () => {
    const dnp = edge('DNP')
    const busy = edge('BUSY')
    expect(chooseEdge(node(), [dnp, busy], 'DNP', 'BUSY')).toBe(busy)
    expect(chooseEdge(node(), [dnp, busy], 'DNP', 'NO_ANSWER')).toBe(dnp)
  })

  it('lets DNP use a NO_ANSWER edge when there is no DNP edge', () => {
    const noAnswer = edge('no_answer')
    expect(chooseEdge(node(), [edge('COMPLETED'), noAnswer], 'DNP', 'VOICEMAIL')).toBe(noAnswer)
  })

  it('falls back to the first unlabelled edge, then to nothing', () => {
    const first = edge('')
    expect(chooseEdge(node(), [edge('FAILED'), first, edge(null)], 'COMPLETED')).toBe(first)
    expect(chooseEdge(node(), [edge('FAILED')], 'COMPLETED')).toBeNull()
  })

  it('honours config outputs when no labelled edge matches', () => {
    expect(
      chooseEdge(node({ outputs: { failure: 'node_z' } }), [edge('success')], 'failure'),
    ).toEqual({
      configTarget: 'node_z',
    })
  })
})
