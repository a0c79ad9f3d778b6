import type { MockContext } from '../context'
import type { CallResult, LeadRecord, NodeRecord } from '../db/types'
import { holdRelease } from '../../domain/step-semantics/hold'
import { FINAL_LEAD_STATUS, stepKind } from '../../domain/step-semantics/step-kind'
import { runApplication } from './applications'
import { simulateCall } from './call-simulation'
import { evaluateConditional } from './conditions'
import { openEntry, pushEntry } from './history'
import { factsOf } from './lead-facts'
import { chooseEdge } from './routing'

/** Instant nodes (conditions, actions) chained in one tick; guards against condition loops. */
const MAX_INSTANT_STEPS = 50

function reasonFor(node: NodeRecord, output: string | null): string {
  switch (stepKind(node.node_type)) {
    case 'call':
      return `call_${(output ?? 'ended').toLowerCase()}`
    case 'wait':
      return 'hold_released'
    case 'condition':
      return `condition_${output ?? 'no_branch'}`
    case 'action':
      return `application_${output ?? 'done'}`
    default:
      return 'step_done'
  }
}

function enterTime(
  context: MockContext,
  lead: LeadRecord,
  node: NodeRecord,
  fromNodeId: string | null,
) {
  const { releaseAt, source } = holdRelease(node.config, factsOf(lead), context.clock.now())
  const reason = source === 'pca_unparseable' ? source : null
  const entry = pushEntry(lead, node, fromNodeId, context.clock.iso(), {
    status: 'waiting',
    ends_at: new Date(releaseAt).toISOString(),
  })
  if (reason) entry.reason = reason
  lead.execution = { state: 'holding', release_at: releaseAt, remaining_ms: null }
}

export function enterNode(
  context: MockContext,
  lead: LeadRecord,
  node: NodeRecord,
  fromNodeId: string | null,
  depth = 0,
) {
  const at = context.clock.iso()
  lead.current_node_id = node.id
  lead.status = 'active'
  lead.updated_at = at
  const workflow = context.db.workflows.get(node.workflow_id)
  if (workflow) workflow.last_triggered_at = at

  const kind = stepKind(node.node_type)
  switch (kind) {
    case 'call':
      pushEntry(lead, node, fromNodeId, at, { status: 'queued' })
      lead.execution = { state: 'queued_call', since: context.clock.now() }
      return
    case 'wait':
      return enterTime(context, lead, node, fromNodeId)
    case 'converted':
    case 'dropped':
      pushEntry(lead, node, fromNodeId, at, {
        status: kind,
        exited_at: at,
        reason: 'reached_final_node',
      })
      lead.status = FINAL_LEAD_STATUS[kind]
      lead.execution = { state: 'done' }
      return
    case 'condition': {
      const output = evaluateConditional(node.config, lead)
      pushEntry(lead, node, fromNodeId, at, { status: output ?? 'no_branch' })
      return leaveNode(context, lead, node, output, null, depth)
    }
    case 'action': {
      const result = runApplication(node.config, lead, context.db.newId('msg_'))
      pushEntry(lead, node, fromNodeId, at, { status: result.output, metadata: result.metadata })
      return leaveNode(context, lead, node, result.output, null, depth)
    }
    default:
      // Types this mock does not simulate (WEBHOOK, SMS) pass straight through.
      pushEntry(lead, node, fromNodeId, at, { status: 'completed' })
      return leaveNode(context, lead, node, null, null, depth)
  }
}

/** Routes a lead out of `node`; with no matching edge it stays, marked `no_matching_edge`. */
export function leaveNode(
  context: MockContext,
  lead: LeadRecord,
  node: NodeRecord,
  output: string | null,
  refinement: string | null,
  depth = 0,
) {
  const outgoing = context.db.edgesOf(node.workflow_id).filter((e) => e.from_node_id === node.id)
  const choice = chooseEdge(node, outgoing, output, refinement)
  const targetId =
    choice === null ? null : 'configTarget' in choice ? choice.configTarget : choice.to_node_id
  const target = targetId ? context.db.nodes.get(targetId) : undefined
  const entry = openEntry(lead)
  if (!target || target.workflow_id !== node.workflow_id) {
    lead.execution = { state: 'stuck', output, refinement }
    if (entry) entry.reason = 'no_matching_edge'
    return
  }
  if (depth >= MAX_INSTANT_STEPS) {
    lead.execution = { state: 'routing', output, refinement }
    return
  }
  if (entry) {
    entry.exited_at = context.clock.iso()
    entry.to_node_id = target.id
    entry.edge_id = choice && 'id' in choice ? choice.id : null
    entry.edge_label = choice && 'id' in choice ? choice.label : output
    entry.reason = reasonFor(node, output)
    entry.ends_at = null
  }
  enterNode(context, lead, target, node.id, depth + 1)
}

export function startCall(context: MockContext, lead: LeadRecord, node: NodeRecord) {
  const queuedSince =
    lead.execution.state === 'queued_call' ? lead.execution.since : context.clock.now()
  const call = simulateCall(context, lead, node)
  lead.execution = { state: 'in_call', call }
  const entry = openEntry(lead)
  if (entry) {
    entry.status = 'in_call'
    entry.call_id = call.call_id
    entry.reason = 'call_started'
    entry.metadata = {
      call_id: call.call_id,
      waited_for_capacity_ms: call.started_at - queuedSince,
    }
  }
}

/** A call log's `summary` (contract §11.3), written the way the platform's summaries read. */
function callSummary(call: CallResult): string {
  if (call.status !== 'completed')
    return `The call did not connect (${call.status.replace(/_/g, ' ')}).`
  const { sentiment, ...fields } = call.attributes
  const noted = Object.entries(fields)
    .map(([k, v]) => `${k.replace(/_/g, ' ')}: ${String(v)}`)
    .join('; ')
  return `The lead answered and spoke with the agent${sentiment ? `, sounding ${String(sentiment)}` : ''}.${noted ? ` Noted ${noted}.` : ''}`
}

/** Records a finished call; the lead routes on the next tick its workflow is active. */
export function finishCall(context: MockContext, lead: LeadRecord, call: CallResult) {
  lead.last_call_status = call.status
  lead.call_attributes = { ...call.attributes }
  lead.updated_at = context.clock.iso()
  const entry = openEntry(lead)
  if (entry) {
    entry.status = call.status
    entry.metadata = {
      ...entry.metadata,
      call_id: call.call_id,
      call_status: call.status,
      duration_sec: call.duration_sec,
      attributes: call.attributes,
      summary: callSummary(call),
    }
  }
  if (lead.status !== 'active') {
    lead.execution = { state: 'done' }
    if (entry) {
      entry.exited_at = context.clock.iso()
      entry.reason = 'lead_removed'
    }
    return
  }
  lead.execution = { state: 'routing', output: call.output, refinement: call.refinement }
  const status = context.db.workflows.get(lead.workflow_id)?.status
  if (entry && status === 'paused') entry.reason = 'call_finished_while_paused'
  if (entry && status === 'cancelled') entry.reason = 'workflow_cancelled'
}
