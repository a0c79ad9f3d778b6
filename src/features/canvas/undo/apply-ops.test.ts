import { describe, expect, it } from 'vitest'
import { applyOps, type GraphApi } from './apply-ops'
import type { GraphOp } from './graph-ops'

/** A fake API that answers after a tick and counts the updates in flight. */
function fakeApi() {
  const log: string[] = []
  let inFlight = 0
  let most = 0
  const later = async <T>(entry: string, value: T) => {
    most = Math.max(most, ++inFlight)
    await new Promise((r) => setTimeout(r, 1))
    inFlight--
    log.push(entry)
    return value
  }
  const api: GraphApi = {
    createNode: (n) => later(`create ${n.label}`, { id: 'new', ...n }),
    updateNode: (id) => later(`update ${id}`, {}),
    deleteNode: (id) => later(`delete ${id}`, {}),
    createEdge: (e) => later('edge', { id: 'e', ...e }),
    deleteEdge: (id) => later(`delete-edge ${id}`, {}),
  }
  return { api, log, most: () => most }
}

const move = (nodeId: string): GraphOp => ({
  kind: 'update-node',
  nodeId,
  patch: { position: { x: 1, y: 2 } },
})

describe('applyOps', () => {
  it('sends the position updates of a tidy-up six at a time, and reports each', async () => {
    const { api, log, most } = fakeApi()
    const progress: number[] = []
    const ops = Array.from({ length: 30 }, (_, i) => move(`n${i}`))
    const result = await applyOps(api, ops, new Map(), (done) => progress.push(done))
    expect(result).toEqual({ applied: 30, total: 30 })
    expect(most()).toBe(6)
    expect(log).toHaveLength(30)
    expect(progress.at(-1)).toBe(30)
  })

  it('keeps order around other ops, and for two updates of the same step', async () => {
    const { api, log, most } = fakeApi()
    const ops: GraphOp[] = [
      { kind: 'delete-node', nodeId: 'x' },
      move('a'),
      move('a'),
      { kind: 'delete-node', nodeId: 'y' },
    ]
    await applyOps(api, ops, new Map())
    expect(log).toEqual(['delete x', 'update a', 'update a', 'delete y'])
    expect(most()).toBe(1)
  })
})
