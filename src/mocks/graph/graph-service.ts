import type { MockContext } from '../context'
import type { EdgeRecord, NodeRecord, WorkflowRecord } from '../db/types'
import { badRequest, conflict, notFound } from '../errors'
import { checkMutable } from '../lifecycle/state-machine'
import { findWorkflow } from '../workflows/workflow-service'
import { asObjectBody } from '../workflows/workflow-input'
import {
  CREATE_NODE_TYPES,
  DEFAULT_LABELS,
  fixedDelayMs,
  isTerminalType,
  normalizeLabel,
  type CreateNodeType,
} from './node-config'

const LABEL_MAX = 255

/** Lists carry `meta` covering the whole graph (contract §1.4 mock recommendation). */
const wholeList = <T>(data: T[]) => ({
  data,
  meta: { page: 1, limit: Math.max(data.length, 1), total: data.length, totalPages: 1 },
})

function editableWorkflow(context: MockContext, workflowId: string): WorkflowRecord {
  const workflow = findWorkflow(context.db, workflowId)
  const verdict = checkMutable(workflow.status, 'editing the graph')
  if (!verdict.ok) throw conflict(verdict.message)
  return workflow
}

/** Keeps `updated_at` in sync with graph edits (counts are derived on read). */
function touch(context: MockContext, workflow: WorkflowRecord) {
  workflow.updated_at = context.clock.iso()
}

function findNode(context: MockContext, workflowId: string, nodeId: string): NodeRecord {
  const node = context.db.nodes.get(nodeId)
  if (!node || node.workflow_id !== workflowId)
    throw notFound(`Node ${nodeId} not found in workflow ${workflowId}.`)
  return node
}

function readPosition(
  body: Record<string, unknown>,
  key: string,
  problems: string[],
): number | null | undefined {
  const value = body[key]
  if (value === undefined) return undefined
  if (value === null) return null
  if (typeof value === 'number' && Number.isFinite(value)) return value
  problems.push(`${key} must be a number`)
  return undefined
}

function readLabel(body: Record<string, unknown>, problems: string[]): string | undefined {
  const value = body.label
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') {
    problems.push('label must be a string')
    return undefined
  }
  if (value.trim().length > LABEL_MAX)
    problems.push(`label must be shorter than or equal to ${LABEL_MAX} characters`)
  return value.trim()
}

function readConfig(
  body: Record<string, unknown>,
  problems: string[],
): Record<string, unknown> | undefined {
  const value = body.config
  if (value === undefined) return undefined
  if (value !== null && typeof value === 'object' && !Array.isArray(value))
    return value as Record<string, unknown>
  problems.push('config must be an object')
  return undefined
}

/** A wait beyond a year is a typo (or an attack on the scheduler's dates), not a campaign. */
const MAX_DELAY_MS = 366 * 24 * 3_600_000

function checkDelay(type: string, config: Record<string, unknown> | undefined, problems: string[]) {
  if (type !== 'TIME' || !config) return
  const delay = fixedDelayMs(config)
  if (delay !== null && delay > MAX_DELAY_MS)
    problems.push('A wait can be at most 366 days (duration_value / delay_hours / delay_minutes).')
}

export function listNodes(context: MockContext, workflowId: string) {
  findWorkflow(context.db, workflowId)
  return wholeList(context.db.nodesOf(workflowId))
}

export function createNode(context: MockContext, workflowId: string, raw: unknown): NodeRecord {
  const workflow = editableWorkflow(context, workflowId)
  const body = asObjectBody(raw)
  const problems: string[] = []
  const nodeType = body.node_type
  if (typeof nodeType !== 'string' || !(CREATE_NODE_TYPES as readonly string[]).includes(nodeType))
    problems.push(`node_type must be one of ${CREATE_NODE_TYPES.join(', ')}`)
  const label = readLabel(body, problems)
  const x = readPosition(body, 'position_x', problems)
  const y = readPosition(body, 'position_y', problems)
  const config = readConfig(body, problems)
  checkDelay(String(nodeType), config, problems)
  if (problems.length > 0) throw badRequest(problems)
  const type = nodeType as CreateNodeType
  const node: NodeRecord = {
    id: context.db.newId('node_'),
    workflow_id: workflowId,
    node_type: type,
    label: label || DEFAULT_LABELS[type],
    position_x: x ?? null,
    position_y: y ?? null,
    config: structuredClone(config ?? {}),
  }
  context.db.nodes.set(node.id, node)
  touch(context, workflow)
  return node
}

export function updateNode(
  context: MockContext,
  workflowId: string,
  nodeId: string,
  raw: unknown,
): NodeRecord {
  findWorkflow(context.db, workflowId)
  const node = findNode(context, workflowId, nodeId)
  const workflow = editableWorkflow(context, workflowId)
  const body = asObjectBody(raw)
  if (body.node_type !== undefined && body.node_type !== node.node_type)
    throw badRequest(['node_type cannot be changed; delete the node and create a new one'])
  const problems: string[] = []
  const label = readLabel(body, problems)
  const x = readPosition(body, 'position_x', problems)
  const y = readPosition(body, 'position_y', problems)
  const config = readConfig(body, problems)
  checkDelay(node.node_type, config, problems)
  if (problems.length > 0) throw badRequest(problems)
  if (label === undefined && x === undefined && y === undefined && config === undefined)
    throw badRequest(
      'Body has no editable field; send label, config, position_x and/or position_y.',
    )
  if (label !== undefined) node.label = label || node.label
  if (x !== undefined) node.position_x = x
  if (y !== undefined) node.position_y = y
  // Replaced as a whole, never merged (contract §5.3 mock recommendation).
  if (config !== undefined) node.config = structuredClone(config)
  touch(context, workflow)
  return node
}

/** Removes the node and every edge touching it; leads on it stay, stranded (contract §5.4). */
export function deleteNode(context: MockContext, workflowId: string, nodeId: string) {
  findWorkflow(context.db, workflowId)
  findNode(context, workflowId, nodeId)
  const workflow = editableWorkflow(context, workflowId)
  for (const edge of context.db.edgesOf(workflowId)) {
    if (edge.from_node_id === nodeId || edge.to_node_id === nodeId) context.db.edges.delete(edge.id)
  }
  context.db.nodes.delete(nodeId)
  touch(context, workflow)
  return { message: 'Node deleted.' }
}

export function listEdges(context: MockContext, workflowId: string) {
  findWorkflow(context.db, workflowId)
  return wholeList(context.db.edgesOf(workflowId))
}

export function createEdge(context: MockContext, workflowId: string, raw: unknown): EdgeRecord {
  const workflow = editableWorkflow(context, workflowId)
  const body = asObjectBody(raw)
  const problems: string[] = []
  for (const key of ['from_node_id', 'to_node_id'] as const) {
    if (typeof body[key] !== 'string' || !(body[key] as string).trim())
      problems.push(`${key} must be a non-empty string`)
  }
  if (body.label !== undefined && body.label !== null && typeof body.label !== 'string')
    problems.push('label must be a string')
  if (problems.length > 0) throw badRequest(problems)
  const from = findNode(context, workflowId, String(body.from_node_id))
  const to = findNode(context, workflowId, String(body.to_node_id))
  if (isTerminalType(from.node_type))
    throw badRequest([
      `Node "${from.label}" (${from.id}) is a final ${from.node_type} node; it cannot have outgoing edges.`,
    ])
  const label = normalizeLabel(body.label) === null ? null : String(body.label).trim()
  const duplicate = context.db
    .edgesOf(workflowId)
    .some(
      (e) =>
        e.from_node_id === from.id &&
        e.to_node_id === to.id &&
        normalizeLabel(e.label) === normalizeLabel(label),
    )
  if (duplicate)
    throw conflict(
      `An edge from ${from.id} to ${to.id} with label ${label === null ? '(none)' : `"${label}"`} already exists.`,
    )
  const edge: EdgeRecord = {
    id: context.db.newId('edge_'),
    workflow_id: workflowId,
    from_node_id: from.id,
    to_node_id: to.id,
    label,
  }
  context.db.edges.set(edge.id, edge)
  touch(context, workflow)
  return edge
}

export function deleteEdge(context: MockContext, workflowId: string, edgeId: string) {
  findWorkflow(context.db, workflowId)
  const edge = context.db.edges.get(edgeId)
  if (!edge || edge.workflow_id !== workflowId)
    throw notFound(`Edge ${edgeId} not found in workflow ${workflowId}.`)
  const workflow = editableWorkflow(context, workflowId)
  context.db.edges.delete(edgeId)
  touch(context, workflow)
  return { message: 'Edge deleted.' }
}
