import { describe, expect, it } from 'vitest'
import { fetchGraph } from '../../../api/graph'
import { runLifecycleAction } from '../../../api/workflows'
import { call } from '../../../mocks/test-utils'
import { startMockApi } from '../../../test/render'
import { applyOps } from './apply-ops'
import { graphApiFor } from './graph-api'
import {
  conflictOf,
  deleteOps,
  reapplyPatch,
  resolveId,
  restoreDeleted,
  revertPatch,
  type IdAliases,
} from './graph-ops'
import { createUndoHistory } from './undo-history'

startMockApi()

/** Call --COMPLETED--> Won, Call --DNP--> Wait 2 days --> Call. */
async function draft() {
  const id = String((await call('POST', '/workflows', { title: 'Undo' })).body.id)
  const api = graphApiFor(id)
  const at = { x: 0, y: 0 }
  const callStep = await api.createNode({
    nodeType: 'VOICE_CALL',
    label: 'Call',
    position: at,
    config: {},
  })
  const won = await api.createNode({
    nodeType: 'CONVERTED',
    label: 'Won',
    position: at,
    config: {},
  })
  const wait = await api.createNode({
    nodeType: 'TIME',
    label: 'Wait 2 days',
    position: { x: 40, y: 80 },
    config: { duration_value: 2, duration_unit: 'days' },
  })
  await api.createEdge({ source: callStep.id, target: won.id, label: 'COMPLETED' })
  await api.createEdge({ source: callStep.id, target: wait.id, label: 'DNP' })
  await api.createEdge({ source: wait.id, target: callStep.id, label: null })
  return { id, api, call: callStep.id, won: won.id, wait: wait.id }
}

const shape = (g: Awaited<ReturnType<typeof fetchGraph>>) => ({
  nodes: g.nodes.map((n) => `${n.nodeType}:${n.label}:${JSON.stringify(n.config)}`).sort(),
  edges: g.edges
    .map((e) => {
      const label = (id: string) => g.nodes.find((n) => n.id === id)?.label
      return `${label(e.source)}-${e.label ?? ''}->${label(e.target)}`
    })
    .sort(),
})

describe('undo of graph edits through the API', () => {
  it('puts back a deleted step with its config, position and connections, then redoes and undoes again after the id changed', async () => {
    const wf = await draft()
    const before = await fetchGraph(wf.id)
    const aliases: IdAliases = new Map()
    const undo = restoreDeleted(before, [wf.wait], [])
    const redo = deleteOps([wf.wait], [])
    // The delete itself (the API removes the step's connections with it).
    expect(await applyOps(wf.api, redo, aliases)).toEqual({ applied: 1, total: 1 })
    expect((await fetchGraph(wf.id)).edges).toHaveLength(1)

    expect(await applyOps(wf.api, undo, aliases)).toMatchObject({ applied: 3, total: 3 })
    const restored = await fetchGraph(wf.id)
    expect(shape(restored)).toEqual(shape(before))
    const newWait = resolveId(aliases, wf.wait)
    expect(newWait).not.toBe(wf.wait)
    expect(restored.nodes.find((n) => n.id === newWait)?.position).toEqual({ x: 40, y: 80 })

    // Redo deletes the re-created step (followed through its new id), undo brings it back again.
    expect(conflictOf(restored, redo, aliases)).toBeNull()
    await applyOps(wf.api, redo, aliases)
    expect((await fetchGraph(wf.id)).nodes.map((n) => n.label)).not.toContain('Wait 2 days')
    await applyOps(wf.api, undo, aliases)
    expect(shape(await fetchGraph(wf.id))).toEqual(shape(before))
  })

  it('undoes and redoes a configuration change, and refuses when the step was changed elsewhere', async () => {
    const wf = await draft()
    const before = await fetchGraph(wf.id)
    const wait = before.nodes.find((n) => n.id === wf.wait)!
    const patch = { config: { duration_value: 3, duration_unit: 'days' } }
    await wf.api.updateNode(wf.wait, patch)
    const aliases: IdAliases = new Map()
    const undo = [revertPatch(wait, patch)]
    const redo = [reapplyPatch(wait, patch)]

    expect(conflictOf(await fetchGraph(wf.id), undo, aliases)).toBeNull()
    await applyOps(wf.api, undo, aliases)
    expect((await fetchGraph(wf.id)).nodes.find((n) => n.id === wf.wait)?.config).toMatchObject({
      duration_value: 2,
    })
    await applyOps(wf.api, redo, aliases)

    // Someone else sets 5 days: undoing "3 days → back to 2" would overwrite their change.
    await wf.api.updateNode(wf.wait, { config: { duration_value: 5, duration_unit: 'days' } })
    expect(conflictOf(await fetchGraph(wf.id), undo, aliases)).toBe(
      'the step “Wait 2 days” was changed elsewhere since',
    )
  })

  it('stops at the first op the server refuses and says how many were applied', async () => {
    const wf = await draft()
    const before = await fetchGraph(wf.id)
    await applyOps(wf.api, deleteOps([wf.won], []), new Map())
    await runLifecycleAction(wf.id, 'cancel')
    const result = await applyOps(wf.api, restoreDeleted(before, [wf.won], []), new Map())
    expect(result).toMatchObject({ applied: 0, total: 2, error: { status: 409 } })
  })

  it('keeps undo and redo stacks: a new change clears redo', () => {
    const history = createUndoHistory()
    const entry = (label: string) => ({ label, undo: [], redo: [] })
    history.record(entry('add “Call”'))
    history.record(entry('move 2 steps'))
    history.undone()
    expect(history.getSnapshot().past.map((e) => e.label)).toEqual(['add “Call”'])
    expect(history.getSnapshot().future.map((e) => e.label)).toEqual(['move 2 steps'])
    history.redone()
    expect(history.getSnapshot().past).toHaveLength(2)
    history.undone()
    history.record(entry('connect'))
    expect(history.getSnapshot().future).toEqual([])
  })
})
