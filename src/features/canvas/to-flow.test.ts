import { describe, expect, it } from 'vitest'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { EMPTY_LOOKUPS } from './lookups'
import { reconcileNodes } from './reconcile'
import { facePartsOf, outputHandleY, stepHeight } from './nodes/shared/node-metrics'
import { toFlow } from './to-flow'

const graph: WorkflowGraph = {
  nodes: [
    {
      id: 'call',
      nodeType: 'VOICE_CALL',
      label: 'First call',
      position: { x: 0, y: 0 },
      config: {},
    },
    { id: 'won', nodeType: 'CONVERTED', label: 'Won', position: { x: 400, y: 0 }, config: {} },
    { id: 'hook', nodeType: 'WEBHOOK', label: 'Legacy hook', position: null, config: { url: 'x' } },
  ],
  edges: [
    { id: 'e1', source: 'call', target: 'won', label: 'COMPLETED' },
    { id: 'e2', source: 'call', target: 'hook', label: 'NO_ANSWER' },
    { id: 'e3', source: 'call', target: 'won', label: 'VOICEMAIL_LEFT' },
    { id: 'e4', source: 'hook', target: 'won', label: null },
    { id: 'dangling', source: 'gone', target: 'won', label: null },
  ],
}
const ctx = { lookups: EMPTY_LOOKUPS, autoPositions: new Map([['hook', { x: 200, y: 300 }]]) }

describe('toFlow', () => {
  it('gives every step its exact size and handle spots, so React Flow need not measure it', () => {
    const { nodes } = toFlow(graph, ctx)
    for (const n of nodes) {
      const face = facePartsOf(n.data)
      expect(n.width).toBe(260)
      expect(n.height).toBe(stepHeight(face))
      const [input, ...outputs] = n.handles ?? []
      expect(input).toMatchObject({ id: 'in', type: 'target', x: -2, y: stepHeight(face) / 2 - 6 })
      expect(outputs.map((h) => h.id)).toEqual(n.data.outputs.map((o) => o.id))
      outputs.forEach((h, i) =>
        expect(h).toMatchObject({ type: 'source', x: 253, y: outputHandleY(face, i) - 6 }),
      )
    }
    // An unknown type's edges still have a handle to leave from.
    expect(nodes[2]?.handles?.map((h) => h.id)).toContain('extra:')
  })

  it('gives each known type its node component and an unknown type the generic one', () => {
    const { nodes } = toFlow(graph, ctx)
    expect(nodes.map((n) => n.type)).toEqual(['voice-call', 'converted', 'generic'])
    expect(nodes[2]?.data.typeTitle).toBe('WEBHOOK (unknown type)')
  })

  it('uses stored positions and the layout for nodes without one', () => {
    const { nodes } = toFlow(graph, ctx)
    expect(nodes[1]?.position).toEqual({ x: 400, y: 0 })
    expect(nodes[2]?.position).toEqual({ x: 200, y: 300 })
  })

  it('draws the registry outputs as handles, plus one for labels that match no output', () => {
    const call = toFlow(graph, ctx).nodes[0]
    expect(call?.data.outputs.map((o) => o.id)).toEqual([
      'COMPLETED',
      'FAILED',
      'DNP',
      'extra:VOICEMAIL_LEFT',
    ])
    expect(toFlow(graph, ctx).nodes[1]?.data.outputs).toEqual([])
  })

  it('attaches each edge to the handle of its label and shows the label', () => {
    const { edges } = toFlow(graph, ctx)
    const byId = new Map(edges.map((e) => [e.id, e]))
    expect(byId.get('e1')).toMatchObject({
      sourceHandle: 'COMPLETED',
      targetHandle: 'in',
      data: { label: 'COMPLETED' },
    })
    expect(byId.get('e2')?.sourceHandle).toBe('DNP')
    expect(byId.get('e3')?.sourceHandle).toBe('extra:VOICEMAIL_LEFT')
    expect(byId.get('e4')?.sourceHandle).toBe('extra:')
    expect(byId.has('dangling')).toBe(false)
  })

  it('names nodes and edges with type, label and problems for screen readers', () => {
    const markers = {
      nodes: new Map([
        [
          'call',
          { severity: 'error' as const, summary: '2 errors: no agent; FAILED output not wired' },
        ],
      ]),
      edges: new Map([
        ['e1', { severity: 'warning' as const, summary: '1 warning: duplicate path' }],
      ]),
    }
    const { nodes, edges } = toFlow(graph, { ...ctx, markers })
    expect(nodes[0]?.ariaLabel).toBe(
      'Voice call step: First call. 2 errors: no agent; FAILED output not wired',
    )
    expect(nodes[0]?.data.marker?.severity).toBe('error')
    expect(edges[0]?.ariaLabel).toBe(
      'COMPLETED path from First call to Won. 1 warning: duplicate path',
    )
  })

  it('marks a lead path and live counts', () => {
    const path = { nodes: new Set(['call', 'won']), edges: new Set(['e1']), currentNodeId: 'won' }
    const stats = {
      nodes: { call: { waiting: 1, in_call: 2, done: 3 } },
      edges: { e1: { passed: 4 } },
    }
    const { nodes, edges } = toFlow(graph, { ...ctx, path, stats })
    expect(nodes.map((n) => n.data.visit)).toEqual(['visited', 'current', null])
    expect(nodes[0]?.data.stats).toEqual({ waiting: 1, in_call: 2, done: 3 })
    expect(edges[0]?.data).toMatchObject({ taken: true, passed: 4 })
  })
})

describe('reconcileNodes', () => {
  it('reuses unchanged node objects and keeps selection', () => {
    const first = toFlow(graph, ctx).nodes.map((n) => ({ ...n, selected: n.id === 'won' }))
    const moved = {
      ...graph,
      nodes: graph.nodes.map((n) => (n.id === 'call' ? { ...n, position: { x: 10, y: 10 } } : n)),
    }
    const next = reconcileNodes(first, toFlow(moved, ctx).nodes)
    expect(next[1]).toBe(first[1])
    expect(next[2]).toBe(first[2])
    expect(next[0]).not.toBe(first[0])
    expect(next[0]).toMatchObject({ position: { x: 10, y: 10 }, selected: false })
    expect(next.find((n) => n.id === 'won')).toMatchObject({ selected: true })
  })

  it("gives each step its face's size as already measured, so React Flow reports no size back", () => {
    const [call] = toFlow(graph, ctx).nodes
    expect(call?.measured).toEqual({ width: call?.width, height: call?.height })
    expect(call?.height).toBeGreaterThan(0)
  })

  it('keeps the position of a node being dragged', () => {
    const first = toFlow(graph, ctx).nodes.map((n) =>
      n.id === 'call' ? { ...n, dragging: true, position: { x: 99, y: 99 } } : n,
    )
    expect(reconcileNodes(first, toFlow(graph, ctx).nodes)[0]?.position).toEqual({ x: 99, y: 99 })
  })

  it('selects a node that was asked for when it appears, and only it', () => {
    const first = toFlow(graph, ctx).nodes.map((n) => ({ ...n, selected: n.id === 'won' }))
    const added = {
      ...graph,
      nodes: [
        ...graph.nodes,
        { id: 'new', nodeType: 'TIME', label: 'Wait', position: { x: 1, y: 1 }, config: {} },
      ],
    }
    const next = reconcileNodes(first, toFlow(added, ctx).nodes, { select: 'new' })
    expect(next.filter((n) => n.selected).map((n) => n.id)).toEqual(['new'])
  })
})

describe('toFlow with outputs made by the config', () => {
  it('draws a branch-mode condition’s handles from its config, as preflight reads them', () => {
    const branchy: WorkflowGraph = {
      nodes: [
        {
          id: 'cond',
          nodeType: 'CONDITIONAL',
          label: 'Tier',
          position: { x: 0, y: 0 },
          config: { mode: 'branch', branches: ['gold', 'silver'] },
        },
        { id: 'won', nodeType: 'CONVERTED', label: 'Won', position: { x: 0, y: 0 }, config: {} },
      ],
      edges: [{ id: 'e1', source: 'cond', target: 'won', label: 'gold' }],
    }
    const { nodes, edges } = toFlow(branchy, ctx)
    expect(nodes[0]?.data.outputs.map((o) => o.id)).toEqual(['gold', 'silver'])
    expect(edges[0]?.sourceHandle).toBe('gold')
  })
})
