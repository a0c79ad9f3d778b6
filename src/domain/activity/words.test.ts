import { describe, expect, it } from 'vitest'
import { diffGraphs } from '../graph-diff/diff'
import type { SnapshotNode } from '../graph-diff/snapshot'
import { describeChange, describeDiff, describeNodeUpdate } from './words'

const wait: SnapshotNode = {
  id: 'w', node_type: 'TIME', label: 'Wait 2 days', position_x: 0, position_y: 0,
  config: { time_source: 'fixed_duration', duration_value: 2, duration_unit: 'days' },
}

describe('the words of an activity line', () => {
  it.each([
    [{ kind: 'workflow.lifecycle', action: 'pause' }, 'paused the workflow'],
    [{ kind: 'workflow.lifecycle', action: 'activate' }, 'activated the workflow'],
    [{ kind: 'workflow.lifecycle', action: 'resume' }, 'resumed the workflow'],
    [{ kind: 'workflow.lifecycle', action: 'cancel' }, 'cancelled the workflow'],
    [{ kind: 'node.delete', label: 'Call 2', connections: 2 }, "deleted 'Call 2' and 2 connections"],
    [{ kind: 'node.delete', label: 'Call 2', connections: 1 }, "deleted 'Call 2' and 1 connection"],
    [{ kind: 'node.delete', label: 'Call 2', connections: 0 }, "deleted 'Call 2'"],
    [{ kind: 'node.create', label: 'Call 3', nodeType: 'VOICE_CALL' }, "added 'Call 3'"],
    [{ kind: 'edge.create', from: 'Call 1', to: 'Done', label: 'COMPLETED' }, "connected 'Call 1' to 'Done' (COMPLETED)"],
    [{ kind: 'edge.delete', from: 'Wait', to: 'Call 2', label: null }, "removed the connection from 'Wait' to 'Call 2'"],
    [{ kind: 'workflow.update', before: { title: 'Old', description: 'a' }, after: { title: 'New' } }, "renamed the workflow from 'Old' to 'New'"],
    [{ kind: 'workflow.update', before: { title: 'Old', description: 'a' }, after: { description: 'b' } }, 'changed the description'],
    [{ kind: 'leads.enrol', count: 50 }, 'enrolled 50 leads'],
    [{ kind: 'leads.enrol', count: 1 }, 'enrolled 1 lead'],
    [{ kind: 'lead.remove', leadId: 'wlead_1' }, 'removed lead wlead_1'],
    [{ kind: 'version.named', name: 'Before Diwali pause' }, "saved the version 'Before Diwali pause'"],
    [{ kind: 'graph.outside', lines: [] }, 'changed outside the console'],
  ] as const)('%o → %s', (change, words) => {
    expect(describeChange(change)).toBe(words)
  })

  it('says a wait changed to its new duration', () => {
    expect(describeNodeUpdate(wait, { ...wait, config: { ...wait.config, duration_value: 3 } })).toBe("changed 'Wait 2 days' to 3 days")
    expect(describeNodeUpdate(wait, { ...wait, config: { ...wait.config, duration_value: 1, duration_unit: 'hours' } })).toBe("changed 'Wait 2 days' to 1 hour")
  })

  it('names renamed, moved and reconfigured steps', () => {
    expect(describeNodeUpdate(wait, { ...wait, label: 'Pause' })).toBe("renamed 'Wait 2 days' to 'Pause'")
    expect(describeNodeUpdate(wait, { ...wait, position_x: 40 })).toBe("moved 'Wait 2 days'")
    const call = { ...wait, node_type: 'VOICE_CALL', label: 'Call 1', config: { agent_id: 'a1' } }
    expect(describeNodeUpdate(call, { ...call, config: { agent_id: 'a2' } })).toBe("changed the agent of 'Call 1'")
  })

  it('describes a whole difference between two graphs', () => {
    const call = { ...wait, id: 'c', node_type: 'VOICE_CALL', label: 'Call 2', config: {} }
    const before = { nodes: [wait, call], edges: [{ id: 'e', from_node_id: 'w', to_node_id: 'c', label: null }] }
    const after = { nodes: [{ ...wait, config: { ...wait.config, duration_value: 3 } }], edges: [] }
    const labels = new Map(before.nodes.map((n) => [n.id, n.label]))
    expect(describeDiff(diffGraphs(before, after), (id) => labels.get(id) ?? null)).toEqual([
      "deleted 'Call 2' and 1 connection",
      "changed 'Wait 2 days' to 3 days",
    ])
  })
})
