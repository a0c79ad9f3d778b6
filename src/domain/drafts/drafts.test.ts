import { describe, expect, it } from 'vitest'
import { diffGraphs, isEmptyDiff } from '../graph-diff/diff'
import { applyGraphOperations, planGraphOperations, type GraphApi } from '../graph-diff/plan'
import type { GraphSnapshot, SnapshotNode } from '../graph-diff/snapshot'
import {
  createDraftEdge,
  createDraftNode,
  deleteDraftNode,
  draftFromLive,
  DraftEditError,
  updateDraftNode,
} from './draft-edits'
import { rebaseDraft } from './rebase'

const node = (id: string, label: string, node_type = 'VOICE_CALL', config = {}): SnapshotNode => ({
  id,
  node_type,
  label,
  position_x: 0,
  position_y: 0,
  config,
})
const edge = (id: string, from: string, to: string, label: string | null = null) => ({
  id,
  from_node_id: from,
  to_node_id: to,
  label,
})
/** Call --DNP--> Wait 2 days --> Call 2 --COMPLETED--> Won; Call --COMPLETED--> Won. */
const live: GraphSnapshot = {
  nodes: [
    node('call', 'Call'),
    node('wait', 'Wait 2 days', 'TIME', { duration_value: 2, duration_unit: 'days' }),
    node('call2', 'Call 2'),
    node('won', 'Won', 'CONVERTED'),
  ],
  edges: [
    edge('e1', 'call', 'wait', 'DNP'),
    edge('e2', 'wait', 'call2'),
    edge('e3', 'call2', 'won', 'COMPLETED'),
    edge('e4', 'call', 'won', 'COMPLETED'),
  ],
}

/** The draft: Wait deleted, a Drop step added, DNP now goes to it. */
function editedDraft() {
  let g = draftFromLive(live)
  g = deleteDraftNode(g, 'wait')
  const drop = createDraftNode(g, {
    node_type: 'DROPPED',
    label: 'Drop',
    position_x: 10,
    position_y: 0,
  })
  g = drop.graph
  g = createDraftEdge(g, { from_node_id: 'call', to_node_id: drop.node.id, label: 'DNP' }).graph
  return { graph: g, dropId: drop.node.id }
}

describe('draft edits follow the API’s rules', () => {
  it('deletes a step with its connections and hands out ids that cannot be the API’s', () => {
    const { graph, dropId } = editedDraft()
    expect(dropId).toBe('draft_node_1')
    expect(graph.edges.map((e) => e.id)).toEqual(['e3', 'e4', 'draft_edge_2'])
  })
  it('refuses what the API refuses', () => {
    const g = draftFromLive(live)
    expect(() => createDraftEdge(g, { from_node_id: 'won', to_node_id: 'call' })).toThrow(
      DraftEditError,
    )
    expect(() =>
      createDraftEdge(g, { from_node_id: 'call', to_node_id: 'won', label: 'completed' }),
    ).toThrow(/already exists/)
    expect(() => updateDraftNode(g, 'call', { node_type: 'TIME' })).toThrow(/cannot be changed/)
    expect(() => createDraftNode(g, { node_type: 'SMS' })).toThrow(/node_type must be one of/)
  })
})

describe('publishing a draft', () => {
  it('plans the API operations from live to draft, with the created ids mapped', async () => {
    const { graph } = editedDraft()
    const ops = planGraphOperations(live, graph)
    expect(ops.map((o) => o.kind)).toEqual(['create-node', 'create-edge', 'delete-node'])
    // Applied to a fake API that hands out its own ids, the result is the draft.
    const state: GraphSnapshot = structuredClone(live)
    let next = 0
    const api: GraphApi = {
      async createNode(n) {
        const id = `api_${next++}`
        state.nodes.push({ id, ...n })
        return { id }
      },
      async updateNode(id, c) {
        Object.assign(
          state.nodes.find((n) => n.id === id)!,
          c,
        )
      },
      async deleteEdge(id) {
        state.edges = state.edges.filter((e) => e.id !== id)
      },
      async createEdge(e) {
        state.edges.push({ id: `api_e${next++}`, ...e })
      },
      async deleteNode(id) {
        state.nodes = state.nodes.filter((n) => n.id !== id)
        state.edges = state.edges.filter((e) => e.from_node_id !== id && e.to_node_id !== id)
      },
    }
    const result = await applyGraphOperations(ops, api)
    expect(result.ok).toBe(true)
    expect(state.nodes.map((n) => n.label).sort()).toEqual(['Call', 'Call 2', 'Drop', 'Won'])
    expect(state.edges.find((e) => e.label === 'DNP')?.to_node_id).toBe('api_0')
  })

  it('rolls back a publish that failed part-way: the plan from where it stopped back to live', async () => {
    const { graph } = editedDraft()
    const partial: GraphSnapshot = {
      nodes: [...live.nodes, node('api_0', 'Drop', 'DROPPED')],
      edges: [...live.edges],
    }
    const back = planGraphOperations(partial, live)
    expect(back).toEqual([{ kind: 'delete-node', nodeId: 'api_0', label: 'Drop' }])
    expect(isEmptyDiff(diffGraphs(live, live))).toBe(true)
    expect(graph.nodes).toHaveLength(4)
  })
})

describe('rebasing a draft on a live graph that changed', () => {
  it('keeps the live workflow’s new work and replays the draft’s changes on it', () => {
    const { graph } = editedDraft()
    // Meanwhile, live: Call 2 renamed, and a new step added.
    const changed: GraphSnapshot = {
      nodes: [
        ...live.nodes.map((n) => (n.id === 'call2' ? { ...n, label: 'Call again' } : n)),
        node('api_new', 'Survey', 'DROPPED'),
      ],
      edges: live.edges,
    }
    const { graph: rebased, dropped } = rebaseDraft(live, graph, changed)
    expect(dropped).toEqual([])
    const labels = rebased.nodes.map((n) => n.label).sort()
    expect(labels).toEqual(['Call', 'Call again', 'Drop', 'Survey', 'Won'])
    expect(
      rebased.edges.some(
        (e) => e.from_node_id === 'call' && e.label === 'DNP' && e.to_node_id === 'draft_node_1',
      ),
    ).toBe(true)
    expect(rebased.nodes.some((n) => n.id === 'wait')).toBe(false)
  })

  it('says which of the draft’s changes no longer apply', () => {
    let g = draftFromLive(live)
    g = updateDraftNode(g, 'call2', { label: 'Last call' }).graph
    const changed: GraphSnapshot = {
      nodes: live.nodes.filter((n) => n.id !== 'call2'),
      edges: live.edges.filter((e) => e.from_node_id !== 'call2' && e.to_node_id !== 'call2'),
    }
    const { dropped, graph } = rebaseDraft(live, g, changed)
    expect(dropped).toEqual(['Your change to “Call 2”: the live workflow deleted that step.'])
    expect(graph.nodes.map((n) => n.id)).toEqual(['call', 'wait', 'won'])
  })
})
