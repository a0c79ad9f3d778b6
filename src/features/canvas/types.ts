import type { Edge, Node } from '@xyflow/react'
import type { KnownNodeType } from '../../domain/node-types'
import type { WorkflowStatus } from '../../domain/workflow-status'

export type ProblemSeverity = 'error' | 'warning'
/** `summary` is read by screen readers, e.g. "2 errors: no agent; FAILED output not wired". */
export type CanvasMarker = { severity: ProblemSeverity; summary: string }

export type CanvasMarkers = {
  nodes: ReadonlyMap<string, CanvasMarker>
  edges: ReadonlyMap<string, CanvasMarker>
}
export type CanvasFocus = { kind: 'node' | 'edge'; id: string; nonce: number }
export type PathHighlight = {
  nodes: ReadonlySet<string>
  edges: ReadonlySet<string>
  currentNodeId?: string | null
}
export type NodeLiveStats = { waiting: number; in_call: number; done: number }
export type LiveStats = {
  nodes: Record<string, NodeLiveStats>
  edges: Record<string, { passed: number }>
}

export type WorkflowCanvasProps = {
  /** The graph to show and edit: a workflow id, or a draft's graph id (api/graph-source.ts). */
  workflowId: string
  status: WorkflowStatus
  /** Read-only whatever the status (a draft someone else is editing). */
  readOnly?: boolean
  markers?: CanvasMarkers
  /** Select this node/edge and bring it into view; a new nonce re-triggers for the same id. */
  focus?: CanvasFocus | null
  /** A lead's path (later issue): highlight visited nodes/taken edges, current node. */
  pathHighlight?: PathHighlight | null
  /** Live counts while active (later issue). */
  liveStats?: LiveStats | null
}

/** React Flow's node type of each known API node type; `generic` draws the unknown. */
export const FLOW_TYPE = {
  VOICE_CALL: 'voice-call',
  TIME: 'time',
  CONDITIONAL: 'conditional',
  APPLICATION: 'application',
  CONVERTED: 'converted',
  DROPPED: 'dropped',
} as const satisfies Record<KnownNodeType, string>
export type FlowTypeOf<T extends KnownNodeType> = (typeof FLOW_TYPE)[T]
export type StepFlowType = FlowTypeOf<KnownNodeType> | 'generic'

/** An output handle drawn on a node; `extra` ones carry edges whose label is no known output. */
export type HandleSpec = { id: string; title: string; edgeLabel: string | null; extra?: boolean }

export type StepData<T extends string = string> = {
  nodeType: T
  typeTitle: string
  label: string
  summary: readonly string[]
  outputs: readonly HandleSpec[]
  marker: CanvasMarker | null
  visit: 'current' | 'visited' | null
  stats: NodeLiveStats | null
  /** Created optimistically and not yet confirmed by the server. */
  pending: boolean
}
/** A step of one known type: its React Flow type and its data name the same API type. */
export type StepNodeOf<T extends KnownNodeType> = Node<
  StepData<T> & Record<string, unknown>,
  FlowTypeOf<T>
>
/** A step of a type this client does not know (drawn by the generic node). */
export type GenericStepNode = Node<StepData, 'generic'>
/** Every node on the canvas: the union of the per-type nodes (xyflow's `Node<Data, 'type'>` union). */
export type StepNode = { [T in KnownNodeType]: StepNodeOf<T> }[KnownNodeType] | GenericStepNode

export type LinkData = {
  label: string | null
  marker: CanvasMarker | null
  taken: boolean
  passed: number | null
  pending: boolean
}
export type LinkEdge = Edge<LinkData, 'link'>
