import { describe, expect, it } from 'vitest'
import {
  codesOf,
  edge,
  node,
  nurtureInput,
  problemsOf,
  withEdges,
  withNodes,
} from '../testing/fixtures'

const base = nurtureInput()

describe('entry checks', () => {
  it('reports an empty graph, and nothing else', () => {
    expect(problemsOf({ ...base, graph: { nodes: [], edges: [] } }).map((p) => p.code)).toEqual([
      'graph.empty',
    ])
  })

  it('reports a graph where every node has an incoming edge', () => {
    const graph = withEdges(base.graph, edge('wait', 'call1', null, 'back'))
    expect(codesOf({ ...base, graph })).toContain('graph.no-entry')
  })

  it('reports each starting node when there is more than one', () => {
    const graph = withEdges(
      withNodes(base.graph, node('stray', 'VOICE_CALL', 'Stray call', base.graph.nodes[0]?.config)),
      edge('stray', 'dropped', 'COMPLETED'),
      edge('stray', 'dropped', 'FAILED'),
      edge('stray', 'dropped', 'DNP'),
    )
    const entries = problemsOf({ ...base, graph }).filter(
      (p) => p.code === 'graph.multiple-entries',
    )
    expect(entries.map((p) => p.nodeId)).toEqual(['call1', 'stray'])
    expect(entries[1]?.message).toBe(
      '“Stray call” has no incoming connection, so it is one of 2 starting steps; leads can start on only one.',
    )
  })

  it('is quiet for a graph with exactly one starting node', () => {
    expect(codesOf(base).filter((c) => c.startsWith('graph.'))).toEqual([])
  })
})

describe('dangling edges', () => {
  it('reports an edge to a node that does not exist', () => {
    const graph = withEdges(base.graph, edge('call1', 'ghost', 'VOICEMAIL', 'e_ghost'))
    const dangling = problemsOf({ ...base, graph }).find((p) => p.code === 'edge.dangling')
    expect(dangling).toMatchObject({ nodeId: 'call1', edgeId: 'e_ghost', severity: 'error' })
  })
})

describe('unreachable nodes', () => {
  it('reports a node that only a loop of its own leads to', () => {
    const graph = withEdges(
      withNodes(base.graph, node('island', 'TIME', 'Island wait', { delay_hours: 1 })),
      edge('island', 'island', null, 'self'),
    )
    const problem = problemsOf({ ...base, graph }).find((p) => p.code === 'node.unreachable')
    expect(problem).toMatchObject({ nodeId: 'island', severity: 'error' })
    expect(problem?.message).toBe(
      'No path from “First call” leads to “Island wait”, so no lead will ever get there.',
    )
  })

  it('is quiet when every node can be reached', () => {
    expect(codesOf(base)).not.toContain('node.unreachable')
  })
})

describe('unknown node types', () => {
  it('warns that a WEBHOOK node cannot be checked', () => {
    const graph = withEdges(
      withNodes(base.graph, node('hook', 'WEBHOOK', 'Notify CRM')),
      edge('hook', 'dropped'),
      edge('offer', 'hook', 'VOICEMAIL'),
    )
    const problem = problemsOf({ ...base, graph }).find((p) => p.code === 'node.unknown-type')
    expect(problem).toMatchObject({ nodeId: 'hook', severity: 'warning' })
  })
})
