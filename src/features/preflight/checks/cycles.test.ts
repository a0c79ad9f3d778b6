import { describe, expect, it } from 'vitest'
import { edge, nurtureInput, problemsOf, withEdges, withoutEdge } from '../testing/fixtures'

const base = nurtureInput()
const loops = (graph: typeof base.graph) =>
  problemsOf({ ...base, graph }).filter((p) => p.code === 'cycle.no-wait')

describe('loops without a wait', () => {
  it('reports two calls that send failures to each other, although their DNP loop has a wait', () => {
    const graph = withEdges(
      withoutEdge(withoutEdge(base.graph, 'call1', 'FAILED'), 'call2', 'FAILED'),
      edge('call1', 'call2', 'FAILED'),
      edge('call2', 'call1', 'FAILED'),
    )
    const problems = loops(graph)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({
      nodeId: 'call1',
      relatedNodeIds: ['call2'],
      severity: 'error',
    })
    expect(problems[0]?.message).toBe(
      '“First call” and “Second call” form a loop with no Wait step, so a lead would go round it again and again at once, and be called each time.',
    )
  })

  it('reports a node that connects to itself', () => {
    const graph = withEdges(
      withoutEdge(base.graph, 'offer', 'failure'),
      edge('offer', 'offer', 'failure'),
    )
    expect(loops(graph)).toMatchObject([{ nodeId: 'offer', relatedNodeIds: [] }])
  })

  it('accepts a loop that goes through a TIME node', () => {
    const graph = withEdges(
      withoutEdge(base.graph, 'call2', 'NO_ANSWER'),
      edge('call2', 'wait', 'DNP'),
    )
    expect(loops(graph)).toEqual([])
    expect(problemsOf({ ...base, graph })).toEqual([])
  })

  it('accepts a loop back to the first call when every way round passes the wait', () => {
    // call2 -FAILED-> call1 closes a loop, but call1 only reaches call2 through the wait.
    const graph = withEdges(
      withoutEdge(withoutEdge(base.graph, 'call2', 'NO_ANSWER'), 'call2', 'FAILED'),
      edge('call2', 'wait', 'DNP'),
      edge('call2', 'call1', 'FAILED'),
    )
    expect(loops(graph)).toEqual([])
  })
})
