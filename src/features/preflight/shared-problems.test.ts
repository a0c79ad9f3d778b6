import { describe, expect, it, vi } from 'vitest'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { problem } from '../../domain/problem'
import { shareIdentical } from './shared-problems'

const graph: WorkflowGraph = {
  nodes: ['A', 'B', 'C', 'D'].map((label) => ({
    id: label.toLowerCase(),
    nodeType: 'DROPPED',
    label,
    position: null,
    config: {},
  })),
  edges: [],
}
const uses = (id: string) =>
  problem({
    code: 'variables.unknown',
    severity: 'error',
    nodeId: id,
    message: `“${id.toUpperCase()}” uses {{first_name}} in its settings, but no lead file of this workflow has that column.`,
    fix: 'Upload leads with a “first_name” column.',
  })

describe('shareIdentical', () => {
  it('lists a problem shared by three or more steps once, said of all of them', () => {
    const other = problem({
      code: 'x',
      severity: 'warning',
      nodeId: 'a',
      message: 'Other',
      fix: 'f',
    })
    const { shared, rest } = shareIdentical([uses('a'), uses('b'), other, uses('c')], graph)
    expect(rest).toEqual([other])
    expect(shared).toHaveLength(1)
    expect(shared[0]!.title).toBe(
      '3 steps use {{first_name}} in their settings, but no lead file of this workflow has that column.',
    )
    expect(shared[0]!.items.map((i) => i.stepName)).toEqual(['A', 'B', 'C'])
  })

  it('leaves two alike, or problems that differ beyond the name, as they are', () => {
    const differs = { ...uses('c'), message: uses('c').message.replace('first_name', 'city') }
    const { shared, rest } = shareIdentical([uses('a'), uses('b'), differs], graph)
    expect(shared).toEqual([])
    expect(rest).toHaveLength(3)
  })

  it('words a message that does not open with the step', () => {
    const unreachable = (id: string) =>
      problem({
        code: 'structure.unreachable',
        severity: 'warning',
        nodeId: id,
        message: `No path from “A” leads to “${id.toUpperCase()}”, so no lead will ever get there.`,
        fix: 'Connect it.',
      })
    const { shared } = shareIdentical(['b', 'c', 'd'].map(unreachable), graph)
    expect(shared[0]!.title).toBe(
      '3 steps have the same problem: No path from “A” leads to the step, so no lead will ever get there.',
    )
  })
})

describe('shareIdentical on a cold page', () => {
  it('groups the digits of a count by hand: no Intl formatter is built while a canvas opens', () => {
    const ids = Array.from({ length: 1234 }, (_, i) => `s${i}`)
    const big: WorkflowGraph = {
      nodes: ids.map((id) => ({
        id,
        nodeType: 'DROPPED',
        label: id.toUpperCase(),
        position: null,
        config: {},
      })),
      edges: [],
    }
    const numberFormat = vi.spyOn(Intl, 'NumberFormat')
    const toLocale = vi.spyOn(Number.prototype, 'toLocaleString')
    const { shared } = shareIdentical(ids.map(uses), big)
    expect(shared[0]!.title).toMatch(/^1,234 steps use \{\{first_name\}\} in their settings/)
    expect(numberFormat).not.toHaveBeenCalled()
    expect(toLocale).not.toHaveBeenCalled()
  })
})
