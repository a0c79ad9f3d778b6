import { describe, expect, it } from 'vitest'
import type { LeadRecord } from '../db/types'
import { evaluateConditional, evaluateRule, lookupField } from './conditions'

const lead = (overrides: Partial<LeadRecord> = {}): LeadRecord => ({
  id: 'wlead_x',
  workflow_id: 'wf_x',
  phone_number: '+919800000000',
  variables: { city: 'Mumbai', interested: 'no' },
  status: 'active',
  current_node_id: null,
  enrolled_at: '',
  updated_at: '',
  execution: { state: 'none' },
  call_attributes: { interested: 'yes', nps_score: 4 },
  last_call_status: 'completed',
  history: [],
  ...overrides,
})

const rule = (operator: string, value?: unknown) => ({ field: 'f', operator, value })

describe('field lookup order', () => {
  it('prefers lead variables over call attributes', () => {
    expect(lookupField(lead(), 'interested')).toBe('no')
  })

  it('reads call attributes bare or with the postcall_analysis prefix', () => {
    expect(lookupField(lead(), 'nps_score')).toBe(4)
    expect(lookupField(lead(), 'postcall_analysis.nps_score')).toBe(4)
  })

  it('falls back to the last call status', () => {
    expect(lookupField(lead(), 'call_status')).toBe('completed')
  })
})

describe('rule operators', () => {
  it.each([
    ['equals', 'yes', ' yes ', true],
    ['equals', 'Yes', 'yes', false],
    ['not_equals', 'no', 'yes', true],
    ['contains', 'MUM', 'Navi Mumbai', true],
    ['greater_than', 5, '7', true],
    ['greater_than', 5, 'abc', false],
    ['less_than', 7, 4, true],
    ['less_than', 7, 9, false],
  ])('%s %s against %s is %s', (operator, value, actual, expected) => {
    expect(evaluateRule(rule(operator, value), actual as string | number)).toBe(expected)
  })

  it('treats a missing field as false except for exists', () => {
    expect(evaluateRule(rule('not_equals', 'x'), undefined)).toBe(false)
    expect(evaluateRule(rule('exists'), undefined)).toBe(false)
    expect(evaluateRule(rule('exists'), 'value')).toBe(true)
    expect(evaluateRule(rule('exists'), '  ')).toBe(false)
  })
})

describe('CONDITIONAL evaluation', () => {
  const config = (logic: 'AND' | 'OR') => ({
    mode: 'rules',
    logic,
    conditions: [
      { field: 'city', operator: 'equals', value: 'Mumbai' },
      { field: 'nps_score', operator: 'greater_than', value: 8 },
    ],
  })

  it('needs every rule for AND and any rule for OR', () => {
    expect(evaluateConditional(config('AND'), lead())).toBe('false')
    expect(evaluateConditional(config('OR'), lead())).toBe('true')
  })

  it('emits the matching branch name in branch mode, or null', () => {
    const branch = {
      mode: 'branch',
      condition_field: 'call_status',
      branches: ['COMPLETED', 'FAILED'],
    }
    expect(evaluateConditional(branch, lead())).toBe('COMPLETED')
    expect(evaluateConditional(branch, lead({ last_call_status: 'busy' }))).toBeNull()
  })
})
