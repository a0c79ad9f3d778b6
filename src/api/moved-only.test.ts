import { describe, expect, it } from 'vitest'
import type { WorkflowGraph } from './schemas/graph'
import { ignoringPositions, movedOnly } from './moved-only'

const node = (id: string, x = 0) => ({
  id,
  nodeType: 'DROPPED',
  label: id,
  position: { x, y: 0 },
  config: {},
})
const graph: WorkflowGraph = {
  nodes: [node('a'), node('b'), node('c')],
  edges: [{ id: 'e', source: 'a', target: 'b', label: null }],
}
const move = (g: WorkflowGraph, id: string, x: number): WorkflowGraph => ({
  ...g,
  nodes: g.nodes.map((n) => (n.id === id ? { ...n, position: { x, y: 0 } } : n)),
})

describe('movedOnly', () => {
  it('names the steps that moved when nothing else changed', () => {
    expect(movedOnly(graph, graph)).toEqual([])
    expect(movedOnly(graph, move(move(graph, 'b', 5), 'c', 9))).toEqual(['b', 'c'])
  })

  it('is null when a step was renamed, added or removed, or a connection changed', () => {
    const renamed = { ...graph, nodes: graph.nodes.map((n) => ({ ...n, label: `${n.label}!` })) }
    expect(movedOnly(graph, renamed)).toBeNull()
    expect(movedOnly(graph, { ...graph, nodes: graph.nodes.slice(1) })).toBeNull()
    expect(movedOnly(graph, { ...graph, edges: [] })).toBeNull()
    expect(
      movedOnly(graph, { ...graph, edges: [{ ...graph.edges[0]!, label: 'COMPLETED' }] }),
    ).toBeNull()
  })

  it('ignoringPositions keeps the earlier graph across moves only', () => {
    expect(ignoringPositions(graph, move(graph, 'a', 3))).toBe(graph)
    const renamed = {
      ...graph,
      nodes: [{ ...graph.nodes[0]!, label: 'x' }, ...graph.nodes.slice(1)],
    }
    expect(ignoringPositions(graph, renamed)).toBe(renamed)
  })
})
