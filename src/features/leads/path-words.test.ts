import { describe, expect, it } from 'vitest'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { leadHistoryEntrySchema } from '../../api/schemas/lead'
import { describeEntry, durationWords, stepNamer } from './path-words'

const graph: WorkflowGraph = {
  nodes: [
    { id: 'n_call', nodeType: 'VOICE_CALL', label: 'First call', position: null, config: {} },
    { id: 'n_wait', nodeType: 'TIME', label: 'Wait 2 days', position: null, config: {} },
    { id: 'n_conv', nodeType: 'CONVERTED', label: 'Converted', position: null, config: {} },
  ],
  edges: [],
}
const name = stepNamer(graph)
const entry = (raw: Record<string, unknown>) => leadHistoryEntrySchema.parse(raw)

describe('a lead’s path in plain words', () => {
  it('says a final step in words, never reached_final_node', () => {
    const step = describeEntry(
      entry({
        node_id: 'n_conv',
        node_type: 'CONVERTED',
        reason: 'reached_final_node',
        status: 'completed',
        entered_at: '2026-11-03T10:00:00Z',
      }),
      name,
    )
    expect(step.title).toBe('Reached ‘Converted’ — lead converted')
  })

  it('says where a lead waits and until when', () => {
    const step = describeEntry(
      entry({
        node_id: 'n_wait',
        node_type: 'TIME',
        status: 'waiting',
        entered_at: '2026-11-02T10:00:00Z',
        ends_at: '2026-11-04T10:00:00Z',
      }),
      name,
    )
    expect(step).toMatchObject({
      title: 'Waiting in ‘Wait 2 days’ until',
      until: '2026-11-04T10:00:00Z',
    })
  })

  it('gives a call’s outcome, duration, summary and extracted values, and the next step by name', () => {
    const step = describeEntry(
      entry({
        node_id: 'n_call',
        node_type: 'VOICE_CALL',
        status: 'completed',
        reason: 'call_completed',
        to_node_id: 'n_wait',
        edge_label: 'COMPLETED',
        call_id: 'call_1',
        entered_at: '2026-11-03T10:00:00Z',
        exited_at: '2026-11-03T10:03:12Z',
        metadata: {
          call_status: 'completed',
          duration_sec: 192,
          summary: 'Spoke with the lead.',
          attributes: { interested: 'yes', score: 7 },
        },
      }),
      name,
    )
    expect(step.title).toBe('Called from ‘First call’ — answered')
    expect(step.details).toEqual(['then ‘Wait 2 days’ (completed)', 'call took 3 min 12 s'])
    expect(step.call).toMatchObject({
      summary: 'Spoke with the lead.',
      extracted: { interested: 'yes', score: '7' },
    })
  })

  it('names a removed step by its recorded label, never by its id', () => {
    expect(name('n_gone', 'Old reminder')).toBe('‘Old reminder’ (since removed)')
    expect(name('n_gone')).toBe('a step that was since removed')
    const step = describeEntry(
      entry({
        node_id: 'n_gone',
        node_type: 'VOICE_CALL',
        status: 'no_answer',
        exited_at: '2026-11-03T10:00:00Z',
      }),
      name,
    )
    expect(step.title).toBe('Called from a step that was since removed — no answer')
    expect(step.title).not.toContain('n_gone')
  })

  it('writes durations the short way', () => {
    expect(durationWords(45)).toBe('45 s')
    expect(durationWords(120)).toBe('2 min')
  })
})
