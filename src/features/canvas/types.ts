import type { Edge, Node } from '@xyflow/react'
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
  workflowId: string
  status: WorkflowStatus
  markers?: CanvasMarkers
  /** Select this node/edge and bring it into view; a new nonce re-triggers for the same id. */
  focus?: CanvasFocus | null
  /** A lead's path (later issue): highlight visited nodes/taken edges, current node. */
  pathHighlight?: PathHighlight | null
  /** Live counts while active (later issue). */
  liveStats?: LiveStats | null
}

/** React Flow node types: one per known API node type, plus `generic` for the unknown. */
export type StepFlowType =
  'voice-call' | 'time' | 'conditional' | 'application' | 'converted' | 'dropped' | 'generic'

/** An output handle drawn on a node; `extra` ones carry edges whose label is no known output. */
export type HandleSpec = { id: string; title: string; edgeLabel: string | null; extra?: boolean }

export type StepData = {
  nodeType: string
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
export type StepNode = Node<StepData, StepFlowType>

export type LinkData = {
  label: string | null
  marker: CanvasMarker | null
  taken: boolean
  passed: number | null
  pending: boolean
}
export type LinkEdge = Edge<LinkData, 'link'>
