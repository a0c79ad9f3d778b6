import { use, useCallback, useState } from 'react'
import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react'
import { isTemporaryId, useTemporaryIds, type TemporaryIds } from '../../../api/graph-mutations'
import { movedOnly } from '../../../api/moved-only'
import type { WorkflowGraph } from '../../../api/schemas/graph'
import { placeMissing, type XY } from '../layout/dagre-layout'
import { isDagreLoaded, loadDagre } from '../layout/dagre-lib'
import { sizedSteps } from '../layout/step-size'
import { reconcileEdges, reconcileNodes } from '../reconcile'
import { toFlow, type FlowContext } from '../to-flow'
import type { LinkEdge, StepNode } from '../types'

export type FlowInputs = Omit<FlowContext, 'autoPositions'> & {
  graph: WorkflowGraph
  /** A node to select as soon as it appears (a step just added). */
  select: string | null
  /** Bumped to re-derive, dropping local positions (a cancelled move). */
  resync: number
}

type State = { inputs: FlowInputs; auto: Map<string, XY>; nodes: StepNode[]; edges: LinkEdge[] }

const allStacked = (graph: WorkflowGraph) =>
  graph.nodes.length > 1 && graph.nodes.every((n) => n.position?.x === 0 && n.position.y === 0)

/** Whether some step has to be placed by the layout (none without a position: no layout at all). */
const needsLayout = (graph: WorkflowGraph) =>
  graph.nodes.some((n) => !n.position) || allStacked(graph)

/** Layout positions for nodes without one; a node keeps its spot until it gets a real position. */
function stableAutoPositions(
  graph: WorkflowGraph,
  previous: ReadonlyMap<string, XY>,
): Map<string, XY> {
  const kept = new Map<string, XY>()
  for (const n of graph.nodes) {
    const had = previous.get(n.id)
    if (!n.position && had) kept.set(n.id, had)
  }
  const unplaced = graph.nodes.filter((n) => !n.position && !kept.has(n.id))
  const stacked = allStacked(graph)
  if (!unplaced.length && !stacked) return kept
  const placed = placeMissing(
    sizedSteps(graph).map((n, i) => {
      const node = graph.nodes[i]
      return {
        ...n,
        position: stacked || !node ? null : (node.position ?? kept.get(n.id) ?? null),
      }
    }),
    graph.edges,
  )
  return new Map([...kept, ...placed])
}

/** A created node or edge keeps its selection and measured size when its temporary id is replaced. */
function renameResolved<T extends { id: string }>(items: readonly T[], ids: TemporaryIds): T[] {
  return items.map((item) => {
    const id = isTemporaryId(item.id) ? ids.resolved(item.id) : undefined
    return id ? { ...item, id } : item
  })
}

const sameMap = (a: ReadonlyMap<string, XY>, b: ReadonlyMap<string, XY>) =>
  a.size === b.size && [...a].every(([id, p]) => b.get(id) === p)

/**
 * Steps that only moved (a drop saved, a move refused and rolled back, a tidy-up): only their
 * positions change, every other node object stays as it was, as a full `reconcileNodes` pass
 * would leave it (a node being dragged keeps its local position).
 */
function moveOnly(previous: State, inputs: FlowInputs, auto: Map<string, XY>): State | null {
  const changed = (Object.keys(inputs) as (keyof FlowInputs)[]).filter(
    (k) => inputs[k] !== previous.inputs[k],
  )
  if (changed.length !== 1 || changed[0] !== 'graph' || !sameMap(auto, previous.auto)) return null
  const moved = movedOnly(previous.inputs.graph, inputs.graph)
  if (!moved) return null
  const ids = new Set(moved)
  const to = new Map<string, XY>()
  for (const n of inputs.graph.nodes)
    if (ids.has(n.id)) to.set(n.id, n.position ?? auto.get(n.id) ?? { x: 0, y: 0 })
  const nodes = previous.nodes.map((n) => {
    const position = to.get(n.id)
    if (!position || n.dragging || (n.position.x === position.x && n.position.y === position.y))
      return n
    return { ...n, position }
  })
  return { ...previous, inputs, nodes }
}

function derive(previous: State | null, inputs: FlowInputs, ids: TemporaryIds): State {
  const auto = stableAutoPositions(inputs.graph, previous?.auto ?? new Map())
  const moved = previous ? moveOnly(previous, inputs, auto) : null
  if (moved) return moved
  const flow = toFlow(inputs.graph, { ...inputs, autoPositions: auto })
  // Positions always come from the cache (a drag in progress aside), so re-deriving after a
  // refused or cancelled move puts nodes back.
  return {
    inputs,
    auto,
    nodes: reconcileNodes(renameResolved(previous?.nodes ?? [], ids), flow.nodes, {
      select: inputs.select,
    }),
    edges: reconcileEdges(renameResolved(previous?.edges ?? [], ids), flow.edges),
  }
}

const sameInputs = (a: FlowInputs, b: FlowInputs) =>
  (Object.keys(a) as (keyof FlowInputs)[]).every((k) => a[k] === b[k])

/**
 * React Flow's nodes and edges, derived from the query cache (the source of truth) and merged
 * with what only the canvas knows: selection, measured sizes, a drag in progress.
 */
export function useFlowState(inputs: FlowInputs) {
  // Steps without a position wait for the layout's library (canvas-editor's Suspense shows it).
  if (needsLayout(inputs.graph) && !isDagreLoaded()) use(loadDagre())
  const ids = useTemporaryIds()
  const [state, setState] = useState<State>(() => derive(null, inputs, ids))
  if (!sameInputs(state.inputs, inputs)) setState(derive(state, inputs, ids))

  const onNodesChange = useCallback((changes: NodeChange<StepNode>[]) => {
    setState((s) => ({ ...s, nodes: applyNodeChanges(changes, s.nodes) }))
  }, [])
  const onEdgesChange = useCallback((changes: EdgeChange<LinkEdge>[]) => {
    setState((s) => ({ ...s, edges: applyEdgeChanges(changes, s.edges) }))
  }, [])
  /** Select exactly one node or edge (the `focus` prop). */
  const selectOnly = useCallback((kind: 'node' | 'edge', id: string) => {
    setState((s) => ({
      ...s,
      nodes: s.nodes.map((n) => {
        const selected = kind === 'node' && n.id === id
        return n.selected === selected || (!n.selected && !selected) ? n : { ...n, selected }
      }),
      edges: s.edges.map((e) => {
        const selected = kind === 'edge' && e.id === id
        return e.selected === selected || (!e.selected && !selected) ? e : { ...e, selected }
      }),
    }))
  }, [])
  return { nodes: state.nodes, edges: state.edges, onNodesChange, onEdgesChange, selectOnly }
}
