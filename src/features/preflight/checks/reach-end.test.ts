import { describe, expect, it } from 'vitest'
import {
  edge,
  node,
  nurtureInput,
  problemsOf,
  withEdges,
  withNodes,
  withoutEdge,
} from '../testing/fixtures'

const base = nurtureInput()
const noEnd = (graph: typeof base.graph) =>
  problemsOf({ ...base, graph }).filter((p) => p.code === 'path.no-end')

describe('paths that never end', () => {
  it('warns once, where leads enter a region with no way to an end', () => {
    // Offer success now loops between two waits forever.
    const graph = withEdges(
      withNodes(
        base.graph,
        node('w1', 'TIME', 'Nudge wait', { delay_hours: 1 }),
        node('w2', 'TIME', 'Nudge again', { delay_hours: 1 }),
      ),
      edge('w1', 'w2'),
      edge('w2', 'w1'),
    )
    const rewired = withEdges(
      withoutEdge(graph, 'offer', 'success'),
      edge('offer', 'w1', 'success'),
    )
    const problems = noEnd(rewired)
    expect(problems).toMatchObject([{ nodeId: 'w1', severity: 'warning' }])
    expect(problems[0]?.message).toBe(
      'From “Nudge wait” on, no path reaches a Converted or Dropped step, so leads that get there never finish.',
    )
  })

  it('warns at the entry when no path of the workflow ends', () => {
    const graph = {
      nodes: [
        node('w1', 'TIME', 'Hold', { delay_hours: 1 }),
        node('w2', 'TIME', 'Hold more', { delay_hours: 1 }),
      ],
      edges: [edge('w1', 'w2'), edge('w2', 'w2', null, 'self')],
    }
    expect(noEnd(graph)).toMatchObject([{ nodeId: 'w1' }])
  })

  it('is quiet when every path ends', () => {
    expect(noEnd(base.graph)).toEqual([])
  })
})
