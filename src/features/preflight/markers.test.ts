import { describe, expect, it } from 'vitest'
import { markersFrom } from './markers'
import type { Problem } from '../../domain/problem'

const p = (init: Partial<Problem> & Pick<Problem, 'id' | 'severity'>): Problem => ({
  code: init.id,
  message: init.id,
  fix: '',
  source: 'client',
  ...init,
})

describe('markersFrom', () => {
  it('keeps the worst severity and lists the summaries', () => {
    const { nodes } = markersFrom([
      p({ id: 'a', severity: 'warning', nodeId: 'n1', summary: 'no path to an end' }),
      p({ id: 'b', severity: 'error', nodeId: 'n1', summary: 'no agent' }),
    ])
    expect(nodes.get('n1')).toEqual({
      severity: 'error',
      summary: '2 problems: no path to an end; no agent',
    })
  })

  it('marks edges, and every node of a loop', () => {
    const { nodes, edges } = markersFrom([
      p({
        id: 'loop',
        severity: 'error',
        nodeId: 'n1',
        relatedNodeIds: ['n2'],
        summary: 'loop without a wait',
      }),
      p({ id: 'e', severity: 'warning', nodeId: 'n3', edgeId: 'e1', summary: 'catch-all' }),
    ])
    expect([...nodes.keys()]).toEqual(['n1', 'n2', 'n3'])
    expect(edges.get('e1')).toEqual({ severity: 'warning', summary: '1 problem: catch-all' })
  })
})
