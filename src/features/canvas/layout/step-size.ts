import type { WorkflowEdge, WorkflowGraph } from '../../../api/schemas/graph'
import { EMPTY_LOOKUPS } from '../lookups'
import { NODE_WIDTH, layoutStepHeight } from '../nodes/shared/node-metrics'
import { canvasDef } from '../registry'
import { outputsOf } from '../to-flow'
import { layoutGraph, type LayoutNode } from './dagre-layout'

/** The box the layout reserves for a step whose summary and outputs are known (a flow node's data). */
export const stepLayoutSize = (face: {
  summary: readonly string[]
  outputs: readonly unknown[]
}) => ({
  width: NODE_WIDTH,
  height: layoutStepHeight({ summaryLines: face.summary.length, outputs: face.outputs.length }),
})

/**
 * Every step of a graph sized from its type and config, as the node component will draw it (the
 * summary's line count does not depend on the names the lookups resolve).
 */
export function sizedSteps(graph: WorkflowGraph): LayoutNode[] {
  const outgoing = new Map<string, WorkflowEdge[]>()
  for (const e of graph.edges) outgoing.set(e.source, [...(outgoing.get(e.source) ?? []), e])
  return graph.nodes.map((node) => ({
    id: node.id,
    ...stepLayoutSize({
      summary: canvasDef(node.nodeType)?.summarize(node.config, EMPTY_LOOKUPS) ?? [],
      outputs: outputsOf(node, outgoing.get(node.id) ?? []),
    }),
  }))
}

/** "Tidy up": the whole graph laid out with every step at its drawn size. */
export const tidyLayout = (graph: WorkflowGraph) => layoutGraph(sizedSteps(graph), graph.edges)
