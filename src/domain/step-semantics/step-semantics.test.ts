import { describe, expect, it } from 'vitest'
import { applicationResult } from './application'
import { CALL_OUTCOMES } from './call-outcome'
import { conditionFields, explainConditional } from './conditions'
import { conditionalBranches, fixedDelayMs } from './config-readers'
import { holdRelease, PCA_FALLBACK_MS } from './hold'
import type { LeadFacts } from './lead-facts'
import { endsLead, FINAL_LEAD_STATUS, isInstant, stepKind } from './step-kind'

const facts = (over: Partial<LeadFacts> = {}): LeadFacts => ({
  variables: { first_name: 'Asha', city: 'Mumbai' },
  callAttributes: {},
  lastCallStatus: null,
  ...over,
})
const NOW = Date.parse('2026-11-01T09:00:00.000Z')
const HOUR = 3_600_000

describe('what each step type does to a lead', () => {
  it('names the effect of every documented type; unknown types pass through', () => {
    expect(
      ['VOICE_CALL', 'TIME', 'CONDITIONAL', 'APPLICATION', 'CONVERTED', 'DROPPED', 'SMS'].map(
        stepKind,
      ),
    ).toEqual(['call', 'wait', 'condition', 'action', 'converted', 'dropped', 'pass'])
    expect(isInstant('condition') && isInstant('action') && isInstant('pass')).toBe(true)
    expect(isInstant('call') || isInstant('wait')).toBe(false)
  })

  it('ends the lead on CONVERTED as completed and on DROPPED as dropped', () => {
    expect(endsLead('converted') && endsLead('dropped')).toBe(true)
    expect(endsLead('call')).toBe(false)
    expect(FINAL_LEAD_STATUS).toEqual({ converted: 'completed', dropped: 'dropped' })
  })
})

describe('VOICE_CALL: a call routes by its outcome', () => {
  it('maps no answer, busy and voicemail to DNP with a finer label; failed to FAILED', () => {
    expect(CALL_OUTCOMES.completed).toEqual({ output: 'COMPLETED', refinement: null })
    expect(CALL_OUTCOMES.busy).toEqual({ output: 'DNP', refinement: 'BUSY' })
    expect(CALL_OUTCOMES.voicemail.output).toBe('DNP')
    expect(CALL_OUTCOMES.failed).toEqual({ output: 'FAILED', refinement: null })
  })
})

describe('TIME: a wait holds the lead', () => {
  it('releases after a fixed delay in any documented spelling', () => {
    expect(holdRelease({ duration_value: 2, duration_unit: 'days' }, facts(), NOW)).toEqual({
      releaseAt: NOW + 48 * HOUR,
      source: 'fixed',
      field: null,
    })
    expect(fixedDelayMs({ delay_hours: 3 })).toBe(3 * HOUR)
    expect(fixedDelayMs({ delay_minutes: '30' })).toBe(30 * 60_000)
    expect(fixedDelayMs({ delay_hours: 0 })).toBeNull()
  })

  it('reads a post-call-analysis time, and falls back to an hour when unreadable', () => {
    const config = { time_source: 'postcall_analysis', pca_field: 'postcall_analysis.callback' }
    // 4 PM in India the next day (the parser reads times in the agents' time zone).
    const tomorrow4pm = Date.parse('2026-11-02T10:30:00.000Z')
    expect(
      holdRelease(config, facts({ callAttributes: { callback: 'tomorrow 4 PM' } }), NOW),
    ).toEqual({ releaseAt: tomorrow4pm, source: 'pca', field: 'callback' })
    expect(holdRelease(config, facts(), NOW)).toEqual({
      releaseAt: NOW + PCA_FALLBACK_MS,
      source: 'pca_unparseable',
      field: 'callback',
    })
  })
})

describe('CONDITIONAL: a condition evaluates its rule on the lead', () => {
  const rules = (logic: 'AND' | 'OR') => ({
    logic,
    conditions: [
      { field: 'city', operator: 'equals', value: 'Mumbai' },
      { field: 'postcall_analysis.interested', operator: 'equals', value: 'yes' },
    ],
  })

  it('says which rule held and with which value (AND needs all, OR any)', () => {
    const verdict = explainConditional(
      rules('AND'),
      facts({ callAttributes: { interested: 'no' } }),
    )
    expect(verdict).toMatchObject({ mode: 'rules', output: 'false', logic: 'AND' })
    expect(verdict.mode === 'rules' && verdict.checks.map((c) => [c.actual, c.passed])).toEqual([
      ['Mumbai', true],
      ['no', false],
    ])
    expect(explainConditional(rules('OR'), facts()).output).toBe('true')
  })

  it('reads lead variables before call attributes, and a missing field is false', () => {
    const config = { conditions: [{ field: 'city', operator: 'not_equals', value: 'Pune' }] }
    expect(explainConditional(config, facts({ callAttributes: { city: 'Pune' } })).output).toBe(
      'true',
    )
    const missing = { conditions: [{ field: 'score', operator: 'less_than', value: 7 }] }
    expect(explainConditional(missing, facts()).output).toBe('false')
    expect(explainConditional({}, facts()).output).toBe('false')
  })

  it('emits the branch named by the field in branch mode, with or without mode', () => {
    const config = { condition_field: 'call_status', branches: ['COMPLETED', 'FAILED'] }
    expect(conditionalBranches(config)).toEqual(['COMPLETED', 'FAILED'])
    expect(explainConditional(config, facts({ lastCallStatus: 'completed' })).output).toBe(
      'COMPLETED',
    )
    expect(explainConditional({ ...config, mode: 'branch' }, facts()).output).toBeNull()
    expect(conditionFields(rules('AND'))).toEqual(['city', 'interested'])
  })
})

describe('APPLICATION: an action runs and routes by success or failure', () => {
  it('fails when a mapped variable is missing, and names it', () => {
    const config = {
      action_config: { to: '{{email}}', body: 'Hi {{first_name}} {{caller_number}}' },
    }
    expect(applicationResult(config, facts())).toEqual({
      output: 'failure',
      missingFields: ['email'],
    })
    expect(
      applicationResult(config, facts({ variables: { first_name: 'A', email: 'a@b.c' } })),
    ).toEqual({ output: 'success', missingFields: [] })
  })
})
