import { describe, expect, it } from 'vitest'
import { runPreflight } from './run-preflight'
import { nurtureInput, withConfig } from './testing/fixtures'

describe('runPreflight', () => {
  it('finds no problem in a correct nurture workflow', () => {
    expect(runPreflight(nurtureInput())).toEqual([])
  })

  it('skips the checks whose data has not loaded instead of reporting false problems', () => {
    const input = nurtureInput({
      agents: undefined,
      phoneNumbers: undefined,
      variableKeys: undefined,
      concurrencyLimit: undefined,
      enrolledLeads: undefined,
    })
    const graph = withConfig(input.graph, 'call1', {
      agent_id: 'agt_gone',
      from_phone_number: '+910000000000',
    })
    expect(runPreflight({ ...input, graph })).toEqual([])
  })

  it('gives the same ids on every run so the panel and canvas can key on them', () => {
    const graph = withConfig(nurtureInput().graph, 'call1', {})
    const first = runPreflight(nurtureInput({ graph })).map((p) => p.id)
    const second = runPreflight(nurtureInput({ graph })).map((p) => p.id)
    expect(first).toEqual(second)
    expect(new Set(first).size).toBe(first.length)
    expect(first).toContain('voice-call.no-agent:call1')
  })

  it('marks every client problem with its source and a message and fix that name the node', () => {
    const graph = withConfig(nurtureInput().graph, 'call1', {})
    for (const p of runPreflight(nurtureInput({ graph }))) {
      expect(p.source).toBe('client')
      expect(p.message).toContain('“First call”')
      expect(p.fix.length).toBeGreaterThan(10)
    }
  })
})
