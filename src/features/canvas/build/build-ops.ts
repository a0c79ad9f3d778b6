import type { WorkflowEdge, WorkflowNode } from '../../../api/schemas/graph'
import type { GraphOp } from '../undo/graph-ops'

type XY = { x: number; y: number }
export type NewStep = Pick<WorkflowNode, 'nodeType' | 'label' | 'config'> & { position: XY }

/** One API operation and the one that takes it back. */
export type OpPair = { redo: GraphOp; undo: GraphOp }

let sequence = 0
/** A name for a step or connection that does not exist yet; the server's id replaces it (aliases). */
export const newRef = (kind: 'node' | 'edge') =>
  `new-${kind}-${Date.now().toString(36)}-${++sequence}`

export const createStep = (ref: string, node: NewStep): OpPair => ({
  redo: { kind: 'create-node', ref, node },
  undo: { kind: 'delete-node', nodeId: ref },
})

export const createLink = (
  ref: string,
  source: string,
  target: string,
  label: string | null,
): OpPair => ({
  redo: { kind: 'create-edge', ref, source, target, label },
  undo: { kind: 'delete-edge', edgeId: ref },
})

export const deleteLink = (edge: WorkflowEdge): OpPair => ({
  redo: { kind: 'delete-edge', edgeId: edge.id },
  undo: {
    kind: 'create-edge',
    ref: edge.id,
    source: edge.source,
    target: edge.target,
    label: edge.label,
  },
})

/**
 * A new step put into a connection: source → new → target. The new step is wired to the old
 * target before the old connection goes, so a failure part-way never leaves the target unreached;
 * the old connection's label (the source's outcome) moves to the connection into the new step.
 */
export function insertIntoLink(
  edge: WorkflowEdge,
  step: NewStep,
  continueLabel: string | null,
): { pairs: OpPair[]; stepRef: string } {
  const stepRef = newRef('node')
  return {
    stepRef,
    pairs: [
      createStep(stepRef, step),
      createLink(newRef('edge'), stepRef, edge.target, continueLabel),
      deleteLink(edge),
      createLink(newRef('edge'), edge.source, stepRef, edge.label),
    ],
  }
}

/** A new step already connected from one output of `sourceId`. */
export function stepAfter(
  sourceId: string,
  label: string | null,
  step: NewStep,
  replacing: readonly WorkflowEdge[] = [],
): { pairs: OpPair[]; stepRef: string } {
  const stepRef = newRef('node')
  return {
    stepRef,
    pairs: [
      createStep(stepRef, step),
      ...replacing.map(deleteLink),
      createLink(newRef('edge'), sourceId, stepRef, label),
    ],
  }
}

export const redoOps = (pairs: readonly OpPair[]) => pairs.map((p) => p.redo)
/** What takes back the first `applied` operations (all of them by default), last first. */
export const undoOps = (pairs: readonly OpPair[], applied = pairs.length) =>
  pairs
    .slice(0, applied)
    .map((p) => p.undo)
    .reverse()
