import { describe, expect, it } from 'vitest'
import {
  conditionalConfig,
  conditionalFormSchema,
  conditionalFormValues,
  summarizeConditional,
} from './schema'

const rule = (field: string, operator: string, value = '') => ({ field, operator, value })

describe('CONDITIONAL form schema', () => {
  it('accepts rules combined with AND or OR', () => {
    for (const logic of ['AND', 'OR'] as const)
      expect(
        conditionalFormSchema.safeParse({
          label: 'Check',
          logic,
          conditions: [rule('city', 'equals', 'Mumbai'), rule('email', 'exists')],
        }).success,
      ).toBe(true)
  })

  it('rejects no rules, a rule without field, an unknown operator, a missing value', () => {
    const bad = [
      [],
      [rule('', 'equals', 'x')],
      [rule('city', 'matches', 'x')],
      [rule('city', 'equals', '')],
      [rule('loan_amount', 'greater_than', 'lots')],
    ]
    for (const conditions of bad)
      expect(
        conditionalFormSchema.safeParse({ label: 'Check', logic: 'AND', conditions }).success,
      ).toBe(false)
  })

  it('writes rules mode, numbers for numeric operators and no value for exists', () => {
    const v = conditionalFormSchema.parse({
      label: 'Check',
      logic: 'OR',
      conditions: [
        rule('loan_amount', 'greater_than', '50000'),
        rule('email', 'exists', 'ignored'),
      ],
    })
    expect(conditionalConfig(v)).toEqual({
      mode: 'rules',
      logic: 'OR',
      conditions: [
        { field: 'loan_amount', operator: 'greater_than', value: 50000 },
        { field: 'email', operator: 'exists' },
      ],
    })
  })

  it('starts an empty condition with one blank rule and summarises rules', () => {
    expect(conditionalFormValues({ label: 'C', config: {} }).conditions).toHaveLength(1)
    expect(
      summarizeConditional({
        mode: 'rules',
        logic: 'AND',
        conditions: [{ field: 'city', operator: 'equals', value: 'Pune' }],
      }),
    ).toEqual(['If city equals Pune'])
    expect(
      summarizeConditional({
        mode: 'branch',
        condition_field: 'call_status',
        branches: ['COMPLETED', 'FAILED'],
      }),
    ).toEqual(['Branch on call_status: COMPLETED, FAILED'])
  })
})
