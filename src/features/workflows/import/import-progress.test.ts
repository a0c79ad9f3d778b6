import { describe, expect, it } from 'vitest'
import { applyGraphOperations, type GraphApi } from '../../../domain/graph-diff/plan'
import type { GraphSnapshot } from '../../../domain/graph-diff/snapshot'
import { describeImported, describeImportOperation, importOperations } from './import-progress'

const graph: GraphSnapshot = {
  nodes: [
    { id: 'a', node_type: 'VOICE_CALL', label: 'Call 1', position_x: 0, position_y: 0, config: { agent_id: 'agt_1' } },
    { id: 'b', node_type: 'CONVERTED', label: 'Done', position_x: 0, position_y: 100, config: {} },
  ],
  edges: [{ id: 'e1', from_node_id: 'a', to_node_id: 'b', label: 'COMPLETED' }],
}

function recordingApi(failAt = Infinity, firstId = 1) {
  const calls: unknown[] = []
  let next = firstId
  const step = (call: unknown) => {
    if (calls.length + 1 >= failAt) throw new Error('API said no')
    calls.push(call)
  }
  const api: GraphApi = {
    createNode: async (n) => (step(['node', n.label]), { id: `node_${next++}` }),
    createEdge: async (e) => step(['edge', e.from_node_id, e.to_node_id, e.label]),
    updateNode: async () => undefined,
    deleteEdge: async () => undefined,
    deleteNode: async () => undefined,
  }
  return { api, calls }
}

describe('importing a graph file', () => {
  it('creates every step, then connects them with the ids the API gave', async () => {
    const { api, calls } = recordingApi()
    const result = await applyGraphOperations(importOperations(graph), api)
    expect(result.ok).toBe(true)
    expect(calls).toEqual([['node', 'Call 1'], ['node', 'Done'], ['edge', 'node_1', 'node_2', 'COMPLETED']])
    expect(result.idMap).toEqual({ a: 'node_1', b: 'node_2' })
  })

  it('says how far it got, and carries on after a failure with the ids already created', async () => {
    const ops = importOperations(graph)
    const first = await applyGraphOperations(ops, recordingApi(2).api)
    expect(first.ok).toBe(false)
    if (first.ok) return
    expect(describeImported(ops, first.applied)).toBe('1 of 2 steps and 0 of 1 connection')
    expect(describeImportOperation(first.failed, graph)).toBe("adding the step 'Done'")
    const { api, calls } = recordingApi(Infinity, 7)
    const rest = await applyGraphOperations([first.failed, ...first.notApplied], api, undefined, first.idMap)
    expect(rest.ok).toBe(true)
    expect(calls).toEqual([['node', 'Done'], ['edge', 'node_1', 'node_7', 'COMPLETED']])
    expect(describeImportOperation(ops[2]!, graph)).toBe("connecting 'Call 1' to 'Done' (COMPLETED)")
  })
})
