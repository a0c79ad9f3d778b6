// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { generateWorkflow } from '../../../../bench/generate-graph'
import {
  workflowEdgeSchema,
  workflowNodeSchema,
  type WorkflowGraph,
} from '../../../api/schemas/graph'
import { buildSeedGraphs } from '../../../mocks/seed/graphs'
import { rankSteps } from './rank'
import { inside, overlappingPairs, sample, drawnGraph } from './layout-check'
import { tidyLayout } from './step-size'

const seeded: [string, WorkflowGraph][] = Object.entries(buildSeedGraphs()).map(([key, g]) => [
  key,
  {
    nodes: g.nodes.map((n) => workflowNodeSchema.parse(n)),
    edges: g.edges.map((e) => workflowEdgeSchema.parse(e)),
  },
])
const generated: [string, WorkflowGraph][] = [30, 100, 300, 1000].map((n) => [
  `generated ${n}`,
  generateWorkflow({ nodes: n, seed: n }).graph,
])
const graphs = [...seeded, ...generated]
const laid = new Map<WorkflowGraph, ReturnType<typeof tidyLayout>>()
const layoutOf = (graph: WorkflowGraph) => {
  const known = laid.get(graph) ?? tidyLayout(graph)
  laid.set(graph, known)
  return known
}
// Steps with and without the problem line and counts: the layout must hold for both.
const faces = [
  { marker: false, stats: false },
  { marker: true, stats: true },
]

describe.each(graphs)('tidy layout of %s', (_name, graph) => {
  it('places every step, the entry step in the leftmost column', () => {
    const positions = layoutOf(graph)
    expect(positions.size).toBe(graph.nodes.length)
    const entry = graph.nodes.find((n) => !graph.edges.some((e) => e.target === n.id))
    const xs = [...positions.values()].map((p) => p.x)
    if (entry) expect(positions.get(entry.id)?.x).toBe(Math.min(...xs))
  })

  it.each(faces)('leaves no two steps overlapping or closer than 16 px (%o)', (face) => {
    const { steps } = drawnGraph(graph, layoutOf(graph), face)
    const pairs = overlappingPairs([...steps.values()], (s) => s.rect, 16)
    expect(pairs.map(([a, b]) => `${a.node.label} / ${b.node.label}`)).toEqual([])
  })

  it.each(faces)('keeps the longest label clear of other labels and of every step (%o)', (face) => {
    const { edges, steps } = drawnGraph(graph, layoutOf(graph), face)
    const labels = overlappingPairs(edges, (e) => e.label).filter(
      // Two edges from one output share one label position (and show the same count).
      ([a, b]) => a.source.x !== b.source.x || a.source.y !== b.source.y,
    )
    expect(labels.map(([a, b]) => `${a.edge.id} / ${b.edge.id}`)).toEqual([])
    const onSteps = overlappingPairs<{
      id: string
      box: { x: number; y: number; width: number; height: number }
    }>(
      [
        ...edges.map((e) => ({ id: `label ${e.edge.id}`, box: e.label })),
        ...[...steps.values()].map((s) => ({ id: `step ${s.node.id}`, box: s.rect })),
      ],
      (t) => t.box,
    ).filter(([a, b]) => a.id.startsWith('label') !== b.id.startsWith('label'))
    expect(onSteps.map(([a, b]) => `${a.id} / ${b.id}`)).toEqual([])
  })

  it('runs every edge that is not a loop back to the right, and routes loops round every step', () => {
    const { backward } = rankSteps(
      graph.nodes.map((n) => n.id),
      graph.edges,
    )
    for (const face of faces) {
      const drawn = drawnGraph(graph, layoutOf(graph), face)
      for (const e of drawn.edges) {
        if (!backward.has(e.edge)) expect(e.backward, `${e.edge.id} runs right to left`).toBe(false)
        if (!e.route) continue
        // Its own steps count too: the route leaves and enters them on their edges only.
        const hits = sample(e.route).filter((p) => drawn.rects.some((r) => inside(p, r)))
        expect(hits, `${e.edge.id} crosses a step`).toEqual([])
      }
    }
  })
})

describe('speed', () => {
  it('lays out 1,000 steps in well under a second', () => {
    const graph = generateWorkflow({ nodes: 1000, seed: 7 }).graph
    tidyLayout(graph)
    const times = [0, 1, 2].map(() => {
      const started = performance.now()
      tidyLayout(graph)
      return performance.now() - started
    })
    console.info(`tidy layout of 1,000 steps: ${times.map((t) => t.toFixed(0)).join(', ')} ms`)
    expect(Math.min(...times)).toBeLessThan(1500)
  })
})
