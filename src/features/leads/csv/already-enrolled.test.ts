import { describe, expect, it } from 'vitest'
import { splitAlreadyEnrolled, statusSummary } from './already-enrolled'
import { describeEmptyVariable, emptyVariableGroups, variablesUsedBySteps } from './empty-variables'

const row = (n: number, phone: string, variables: Record<string, string> = {}) => ({
  row: n,
  phone,
  variables,
})

describe('numbers already enrolled', () => {
  it('splits the rows by whether their number is enrolled; removed leads do not count', () => {
    const enrolled = new Map([
      ['+911', 'active'],
      ['+912', 'removed'],
      ['+913', 'completed'],
    ])
    const split = splitAlreadyEnrolled([row(2, '+911'), row(3, '+912'), row(4, '+913')], enrolled)
    expect(split.fresh.map((r) => r.row)).toEqual([3])
    expect(split.again.map((r) => r.row)).toEqual([2, 4])
    expect(statusSummary(split.again)).toBe('1 active, 1 completed')
  })
})

describe('empty variables', () => {
  const graph = {
    nodes: [
      {
        id: 'n1',
        nodeType: 'VOICE_CALL',
        label: 'Reminder call',
        position: null,
        config: { agent_id: 'a1' },
      },
      {
        id: 'n2',
        nodeType: 'APPLICATION',
        label: '',
        position: null,
        config: { params: { text: 'Hi {{first_name}} {{caller_number}} {{city}}' } },
      },
    ],
    edges: [],
  }
  const agents = [
    {
      id: 'a1',
      name: 'A',
      isPublished: true,
      isDeleted: false,
      timezone: undefined,
      templates: ['Hello {{ first_name }}'],
    },
  ]

  it('finds the variables steps use (settings and agent prompts), not the built-ins', () => {
    expect(variablesUsedBySteps(graph, agents)).toEqual([
      { variable: 'first_name', steps: ['Reminder call', 'Application n2'], byAgent: true },
      { variable: 'city', steps: ['Application n2'], byAgent: false },
    ])
  })

  it('groups the rows that leave a used variable empty, and says what the lead would hear', () => {
    const uses = variablesUsedBySteps(graph, agents)
    const rows = [
      row(2, '+911', { first_name: '' }),
      row(3, '+912', { first_name: 'Priya' }),
      row(4, '+913', { first_name: ' ' }),
      row(5, '+914', {}),
    ]
    const groups = emptyVariableGroups(rows, ['first_name'], uses)
    expect(groups.map((g) => [g.variable, g.rows, g.columnMissing])).toEqual([
      ['first_name', [2, 4, 5], false],
      ['city', [2, 3, 4, 5], true],
    ])
    expect(describeEmptyVariable(groups[0]!)).toBe(
      '3 rows have no first_name; the agent would say the placeholder {{first_name}} (used by “Reminder call”, “Application n2”).',
    )
    expect(describeEmptyVariable(groups[1]!)).toContain(
      'The file has no city column, so all 4 rows lack it; the message would show',
    )
  })
})
