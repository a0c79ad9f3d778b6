import { describe, expect, it } from 'vitest'
import { diffGraphs, isEmptyDiff } from './diff'
import { applyGraphOperations, planGraphOperations, type GraphApi } from './plan'
import type { GraphSnapshot, SnapshotNode } from './snapshot'

const node = (id: string, label: string, extra: Partial<SnapshotNode> = {}): SnapshotNode => ({
  id,
  node_type: 'VOICE_CALL',
  label,
  position_x: 0,
  position_y: 0,
  config: {},
  ...extra,
})
const edge = (id: string, from: string, to: string, label: string | null = null) => ({
  id,
  from_node_id: from,
  to_node_id: to,
  label,
})

const v1: GraphSnapshot = {
  nodes: [
    node('a', 'Call 1'),
    node('b', 'Wait 2 days', {
      node_type: 'TIME',
      config: { duration_value: 2, duration_unit: 'days' },
    }),
    node('c', 'Call 2'),
    node('d', 'Done', { node_type: 'CONVERTED' }),
  ],
  edges: [
    edge('e1', 'a', 'b', 'DNP'),
    edge('e2', 'b', 'c'),
    edge('e3', 'c', 'd', 'COMPLETED'),
    edge('e4', 'a', 'd', 'COMPLETED'),
  ],
}
// Now: Call 2 deleted (with its two connections), the wait is 3 days, a new edge b→d.
const now: GraphSnapshot = {
  nodes: [
    v1.nodes[0]!,
    { ...v1.nodes[1]!, config: { duration_value: 3, duration_unit: 'days' } },
    v1.nodes[3]!,
  ],
  edges: [v1.edges[0]!, v1.edges[3]!, edge('e9', 'b', 'd')],
}

/** An in-memory API that hands out new ids, as the real one does. */
function fakeApi(start: GraphSnapshot, failOn?: (call: string) => boolean) {
  const graph: GraphSnapshot = structuredClone(start)
  let next = 100
  const calls: string[] = []
  const guard = (call: string) => {
    calls.push(call)
    if (failOn?.(call)) throw new Error(`refused: ${call}`)
  }
  const api: GraphApi = {
    async createNode(n) {
      guard(`create-node ${n.label}`)
      const id = `n${next++}`
      graph.nodes.push({ id, ...n })
      return { id }
    },
    async updateNode(id, changes) {
      guard(`update-node ${id}`)
      Object.assign(
        graph.nodes.find((n) => n.id === id)!,
        changes,
      )
    },
    async deleteEdge(id) {
      guard(`delete-edge ${id}`)
      graph.edges = graph.edges.filter((e) => e.id !== id)
    },
    async createEdge(e) {
      guard(`create-edge ${e.from_node_id}->${e.to_node_id}`)
      graph.edges.push({ id: `e${next++}`, ...e })
    },
    async deleteNode(id) {
      guard(`delete-node ${id}`)
      graph.nodes = graph.nodes.filter((n) => n.id !== id)
      graph.edges = graph.edges.filter((e) => e.from_node_id !== id && e.to_node_id !== id)
    },
  }
  return { api, graph, calls }
}

describe('diffGraphs', () => {
  it('lists added, removed and changed steps and connections, with the changed fields', () => {
    const diff = diffGraphs(v1, now)
    expect(diff.removedNodes.map((n) => n.label)).toEqual(['Call 2'])
    expect(diff.addedNodes).toEqual([])
    expect(diff.changedNodes).toEqual([
      expect.objectContaining({
        fields: [{ field: 'config.duration_value', before: 2, after: 3 }],
      }),
    ])
    expect(diff.removedEdges.map((e) => e.id).sort()).toEqual(['e2', 'e3'])
    expect(diff.addedEdges.map((e) => e.id)).toEqual(['e9'])
  })

  it('matches connections by what they join, not by id', () => {
    const recreated = { ...v1, edges: v1.edges.map((e) => ({ ...e, id: `${e.id}-new` })) }
    const diff = diffGraphs(v1, recreated)
    expect(diff.addedEdges).toEqual([])
    expect(diff.removedEdges).toEqual([])
  })
})

describe('planGraphOperations', () => {
  it('restores a deleted step with new ids and reconnects it through the id map', async () => {
    const ops = planGraphOperations(now, v1)
    expect(ops.map((o) => o.kind)).toEqual([
      'create-node',
      'update-node',
      'delete-edge',
      'create-edge',
      'create-edge',
    ])
    expect(ops[3]).toMatchObject({
      kind: 'create-edge',
      from: { existing: 'b' },
      to: { created: 'c' },
    })
    const { api, graph } = fakeApi(now)
    const result = await applyGraphOperations(ops, api)
    expect(result.ok).toBe(true)
    expect(result.idMap).toEqual({ c: 'n100' })
    // The same graph as v1 once the new id is read as the old one.
    const mapped = structuredClone(graph)
    for (const n of mapped.nodes) if (n.id === 'n100') n.id = 'c'
    for (const e of mapped.edges)
      for (const k of ['from_node_id', 'to_node_id'] as const) if (e[k] === 'n100') e[k] = 'c'
    expect(isEmptyDiff(diffGraphs(v1, mapped))).toBe(true)
    expect(planGraphOperations(graph, graph)).toEqual([])
  })

  it('does not delete the connections of a step it deletes (the API does that)', () => {
    const ops = planGraphOperations(v1, now)
    expect(ops.filter((o) => o.kind === 'delete-edge')).toEqual([])
    expect(ops.at(-1)).toEqual({ kind: 'delete-node', nodeId: 'c', label: 'Call 2' })
  })

  it('re-creates a step whose type differs, since the API cannot change a type', () => {
    const retyped = {
      ...v1,
      nodes: v1.nodes.map((n) => (n.id === 'd' ? { ...n, node_type: 'DROPPED' } : n)),
    }
    const kinds = planGraphOperations(v1, retyped).map(
      (o) => `${o.kind}${'nodeId' in o ? ` ${o.nodeId}` : ''}`,
    )
    expect(kinds).toContain('create-node')
    expect(kinds).toContain('delete-node d')
  })

  it('stops at the first failure and says what was and was not applied', async () => {
    const ops = planGraphOperations(now, v1)
    const { api } = fakeApi(now, (call) => call.startsWith('delete-edge'))
    const progress: number[] = []
    const result = await applyGraphOperations(ops, api, (done) => progress.push(done))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.applied.map((o) => o.kind)).toEqual(['create-node', 'update-node'])
    expect(result.failed.kind).toBe('delete-edge')
    expect(result.notApplied.map((o) => o.kind)).toEqual(['create-edge', 'create-edge'])
    expect(progress).toEqual([1, 2])
  })
})
