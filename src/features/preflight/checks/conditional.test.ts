import { describe, expect, it } from 'vitest'
import { nurtureInput, problemsOf, withConfig } from '../testing/fixtures'

const base = nurtureInput()
const conditionalProblems = (config: Record<string, unknown>) =>
  problemsOf({ ...base, graph: withConfig(base.graph, 'interested', config) }).filter((p) =>
    p.code.startsWith('conditional.'),
  )
const rules = (...conditions: unknown[]) => ({ mode: 'rules', logic: 'AND', conditions })

describe('CONDITIONAL rules', () => {
  it('reports a condition without rules', () => {
    expect(conditionalProblems({}).map((p) => p.code)).toEqual(['conditional.no-rules'])
  })

  it('reports a rule without a field, naming the rule when there are several', () => {
    const problems = conditionalProblems(
      rules({ field: 'city', operator: 'exists' }, { field: ' ', operator: 'exists' }),
    )
    expect(problems).toMatchObject([
      {
        id: 'conditional.rule-no-field:interested:1',
        message: 'Rule 2 of “Interested?” has no field to check.',
      },
    ])
  })

  it('reports a rule without an operator or with one it does not know', () => {
    const problems = conditionalProblems(
      rules(
        { field: 'city', operator: '' },
        { field: 'city', operator: 'starts_with', value: 'M' },
      ),
    )
    expect(problems.map((p) => p.id)).toEqual([
      'conditional.rule-no-operator:interested:0',
      'conditional.rule-no-operator:interested:1',
    ])
  })

  it('reports a rule without a value where its operator needs one', () => {
    const problems = conditionalProblems(
      rules({ field: 'age', operator: 'greater_than', value: '' }),
    )
    expect(problems.map((p) => p.code)).toEqual(['conditional.rule-no-value'])
    expect(problems[0]?.message).toBe(
      'The rule of “Interested?” compares with “greater than” but has no value to compare with.',
    )
  })

  it('accepts exists without a value, and numbers and booleans as values', () => {
    const config = rules(
      { field: 'email', operator: 'exists' },
      { field: 'age', operator: 'greater_than', value: 30 },
      { field: 'opted_in', operator: 'equals', value: false },
    )
    expect(conditionalProblems(config)).toEqual([])
  })

  it('reports a branch-mode condition without a field or branches', () => {
    const problems = conditionalProblems({ mode: 'branch', branches: [] })
    expect(problems.map((p) => p.code)).toEqual(['conditional.no-field', 'conditional.no-branches'])
  })
})
