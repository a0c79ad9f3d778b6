import { MarkerType } from '@xyflow/react'
import { isTemporaryId } from '../../api/graph-mutations'
import type { WorkflowEdge, WorkflowGraph, WorkflowNode } from '../../api/schemas/graph'
import { nodeOutputs, outputOfEdge, type StepLike } from '../../domain/node-outputs'
import type { Lookups } from './lookups'
import { NODE_WIDTH, facePartsOf, stepHandles, stepHeight } from './nodes/shared/node-metrics'
import { canvasDef } from './registry'
import type {
  CanvasMarkers,
  HandleSpec,
  LinkEdge,
  LiveStats,
  PathHighlight,
  StepNode,
} from './types'

type XY = { x: number; y: number }

export type FlowContext = {
  lookups: Lookups
  /** Where nodes without a stored position are drawn (from the layout). */
  autoPositions: ReadonlyMap<string, XY>
  markers?: CanvasMarkers | undefined
  path?: PathHighlight | null | undefined
  stats?: LiveStats | null | undefined
}

export const INPUT_HANDLE = 'in'
const extraHandleId = (label: string | null) => `extra:${label ?? ''}`

/** The handle an edge leaves from: the output its label stands for, else an "extra" handle. */
export function sourceHandleOf(node: StepLike | undefined, label: string | null): string {
  return (node && outputOfEdge(node, label)?.id) ?? extraHandleId(label)
}

export function typeTitleOf(nodeType: string): string {
  return canvasDef(nodeType)?.spec.title ?? `${nodeType} (unknown type)`
}

/** A step's output rows: its type's outputs, then one per edge label that is none of them. */
export function outputsOf(node: WorkflowNode, outgoing: readonly WorkflowEdge[]): HandleSpec[] {
  const known: HandleSpec[] = (nodeOutputs(node) ?? []).map((o) => ({
    id: o.id,
    title: o.title,
    edgeLabel: o.edgeLabel,
  }))
  const extras = new Map<string, HandleSpec>()
  for (const edge of outgoing) {
    if (outputOfEdge(node, edge.label)) continue
    const id = extraHandleId(edge.label)
    extras.set(id, { id, title: edge.label ?? 'Default', edgeLabel: edge.label, extra: true })
  }
  return [...known, ...extras.values()]
}

export function nodeAccessibleName(
  typeTitle: string,
  label: string,
  extras: {
    marker?: { summary: string } | null
    visit?: 'current' | 'visited' | null
    pending?: boolean
  },
): string {
  const parts = [`${typeTitle} step: ${label || 'untitled'}`]
  if (extras.marker) parts.push(extras.marker.summary)
  if (extras.visit === 'current') parts.push('the lead is here')
  else if (extras.visit === 'visited') parts.push('visited')
  if (extras.pending) parts.push('saving')
  return parts.join('. ')
}

/** API graph → React Flow nodes and edges. Pure: same input, equal output. */
export function toFlow(
  graph: WorkflowGraph,
  ctx: FlowContext,
): { nodes: StepNode[]; edges: LinkEdge[] } {
  const outgoing = new Map<string, WorkflowEdge[]>()
  for (const edge of graph.edges)
    outgoing.set(edge.source, [...(outgoing.get(edge.source) ?? []), edge])
  const byId = new Map(graph.nodes.map((n) => [n.id, n]))
  const current = ctx.path?.currentNodeId ?? null

  const nodes = graph.nodes.map((node) => {
    const def = canvasDef(node.nodeType)
    const marker = ctx.markers?.nodes.get(node.id) ?? null
    const visit = node.id === current ? 'current' : ctx.path?.nodes.has(node.id) ? 'visited' : null
    const pending = isTemporaryId(node.id)
    const typeTitle = typeTitleOf(node.nodeType)
    const data = {
      nodeType: node.nodeType,
      typeTitle,
      label: node.label,
      summary: def ? def.summarize(node.config, ctx.lookups) : [],
      outputs: outputsOf(node, outgoing.get(node.id) ?? []),
      marker,
      visit,
      stats: ctx.stats?.nodes[node.id] ?? null,
      pending,
    }
    const face = facePartsOf(data)
    const size = { width: NODE_WIDTH, height: stepHeight(face) }
    return {
      id: node.id,
      type: def?.flowType ?? 'generic',
      position: node.position ?? ctx.autoPositions.get(node.id) ?? { x: 0, y: 0 },
      // The face's exact size and handle spots (node-metrics.ts): React Flow draws the node and
      // its edges at once instead of hiding it until the browser has measured it, and, as the
      // measured size is already right, does not report every node's size back on first paint
      // (which would redraw every node and edge once more).
      ...size,
      measured: size,
      handles: stepHandles(
        face,
        data.outputs.map((o) => o.id),
      ),
      ariaLabel: nodeAccessibleName(typeTitle, node.label, { marker, visit, pending }),
      // Only ever `false` here: a node's own flag overrides the canvas-wide one, and the canvas
      // decides whether the graph is editable at all (read-only: nothing may move or connect).
      ...(pending ? { draggable: false, connectable: false, deletable: false } : {}),
      data,
      // The registry pairs each API type with its flow type, which TS cannot follow through `def`.
    } as StepNode
  })

  const edges = graph.edges
    .filter((e) => byId.has(e.source) && byId.has(e.target))
    .map((edge): LinkEdge => {
      const source = byId.get(edge.source)
      const target = byId.get(edge.target)
      const marker = ctx.markers?.edges.get(edge.id) ?? null
      const name = `${edge.label ?? 'Default'} path from ${source?.label || 'untitled'} to ${target?.label || 'untitled'}`
      return {
        id: edge.id,
        type: 'link',
        source: edge.source,
        target: edge.target,
        sourceHandle: sourceHandleOf(source, edge.label),
        targetHandle: INPUT_HANDLE,
        markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
        ariaLabel: marker ? `${name}. ${marker.summary}` : name,
        deletable: !isTemporaryId(edge.id),
        data: {
          label: edge.label,
          marker,
          taken: ctx.path?.edges.has(edge.id) ?? false,
          passed: ctx.stats?.edges[edge.id]?.passed ?? null,
          pending: isTemporaryId(edge.id),
        },
      }
    })
  return { nodes, edges }
}
