import { describe, expect, it } from 'vitest'
import { chooseRoute } from './routing'

let n = 0
const edge = (label: string | null) => ({ id: `e${++n}`, label })
const route = (
  edges: ReturnType<typeof edge>[],
  output: string | null,
  refinement: string | null = null,
  config: Record<string, unknown> = {},
) => {
  const choice = chooseRoute(config, edges, output, refinement)
  return choice === null ? null : choice.kind === 'edge' ? choice.edge : choice.target
}

describe('edge routing (contract §5.6, §14.17)', () => {
  it('takes a labelled match before an unlabelled edge created earlier', () => {
    const fallback = edge(null)
    const completed = edge('COMPLETED')
    expect(route([fallback, completed], 'COMPLETED')).toBe(completed)
  })

  it('takes the unlabelled edge when no label matches', () => {
    const fallback = edge('')
    expect(route([edge('FAILED'), fallback, edge(null)], 'COMPLETED')).toBe(fallback)
  })

  it('keeps the lead (null) when no edge matches and none is unlabelled', () => {
    expect(route([edge('FAILED')], 'COMPLETED')).toBeNull()
    expect(route([], 'true')).toBeNull()
  })

  it('matches labels case-insensitively, first created first', () => {
    const first = edge('True')
    expect(route([edge('false'), first, edge('TRUE')], 'true')).toBe(first)
  })

  it('lets a refinement (BUSY) beat DNP, and DNP use a NO_ANSWER edge', () => {
    const dnp = edge('DNP')
    const busy = edge('BUSY')
    expect(route([dnp, busy], 'DNP', 'BUSY')).toBe(busy)
    expect(route([dnp, busy], 'DNP', 'NO_ANSWER')).toBe(dnp)
    const noAnswer = edge('no_answer')
    expect(route([edge('COMPLETED'), noAnswer], 'DNP', 'VOICEMAIL')).toBe(noAnswer)
  })

  it('honours an APPLICATION config output only when no labelled edge matches', () => {
    const success = edge('success')
    const config = { outputs: { success: 'node_s', failure: 'node_f' } }
    expect(route([success], 'failure', null, config)).toBe('node_f')
    expect(route([success], 'success', null, config)).toBe(success)
  })
})
