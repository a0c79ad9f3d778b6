import { findEntry } from '../../domain/step-semantics/entry'
import type { MockContext } from '../context'
import { isTerminalLead, type LeadRecord, type WorkflowRecord } from '../db/types'
import { processesLeads } from '../lifecycle/state-machine'
import { noteReason, openEntry } from './history'
import { enterNode, finishCall, leaveNode, startCall } from './steps'

/** The unique node without incoming edges, or null when there are none or several. */
export function entryNodeOf(context: MockContext, workflowId: string) {
  const targets = context.db.edgesOf(workflowId).map((e) => e.to_node_id)
  return findEntry(context.db.nodesOf(workflowId), targets)
}

function finishDueCalls(context: MockContext) {
  const now = context.clock.now()
  for (const lead of context.db.leads.values()) {
    const execution = lead.execution
    if (execution.state === 'in_call' && execution.call.ends_at <= now)
      finishCall(context, lead, execution.call)
  }
}

function advanceLead(context: MockContext, lead: LeadRecord) {
  const node = lead.current_node_id ? context.db.nodes.get(lead.current_node_id) : undefined
  if (!node) return // stranded on a deleted node (contract §5.4)
  const execution = lead.execution
  if (execution.state === 'routing' || execution.state === 'stuck')
    leaveNode(context, lead, node, execution.output, execution.refinement)
  else if (
    execution.state === 'holding' &&
    execution.release_at !== null &&
    execution.release_at <= context.clock.now()
  )
    leaveNode(context, lead, node, null, null)
}

function advanceWorkflow(context: MockContext, workflow: WorkflowRecord) {
  const entry = entryNodeOf(context, workflow.id)
  for (const lead of context.db.leadsOf(workflow.id)) {
    if (lead.status === 'pending' && entry) enterNode(context, lead, entry, null)
    else if (lead.status === 'active') advanceLead(context, lead)
  }
}

/** Starts queued calls, oldest first, while the workspace pool has free slots. */
function startQueuedCalls(context: MockContext) {
  const leads = [...context.db.leads.values()]
  let inUse = leads.filter((l) => l.execution.state === 'in_call').length
  const queued = leads
    .filter((l) => l.status === 'active' && l.execution.state === 'queued_call')
    .filter((l) => {
      const workflow = context.db.workflows.get(l.workflow_id)
      return workflow !== undefined && processesLeads(workflow.status)
    })
    .sort((a, b) =>
      a.execution.state === 'queued_call' && b.execution.state === 'queued_call'
        ? a.execution.since - b.execution.since
        : 0,
    )
  for (const lead of queued) {
    const node = lead.current_node_id ? context.db.nodes.get(lead.current_node_id) : undefined
    if (!node) continue
    if (inUse < context.settings.concurrency) {
      startCall(context, lead, node)
      inUse += 1
    } else if (openEntry(lead)?.reason !== 'waiting_for_capacity')
      noteReason(lead, 'waiting_for_capacity')
  }
}

function completeFinishedWorkflows(context: MockContext) {
  for (const workflow of context.db.workflows.values()) {
    if (!processesLeads(workflow.status)) continue
    const leads = context.db.leadsOf(workflow.id)
    if (leads.length > 0 && leads.every((l) => isTerminalLead(l.status))) {
      workflow.status = 'completed'
      workflow.updated_at = context.clock.iso()
    }
  }
}

/**
 * One scheduling tick at the current simulated time (contract §9.2): finish due calls (in any
 * workflow — in-flight calls always finish), move leads of active workflows, start queued calls
 * within the concurrency pool, and complete workflows whose leads are all terminal.
 */
export function tick(context: MockContext) {
  finishDueCalls(context)
  for (const workflow of context.db.workflows.values()) {
    if (processesLeads(workflow.status)) advanceWorkflow(context, workflow)
  }
  startQueuedCalls(context)
  completeFinishedWorkflows(context)
}

/** The next simulated instant at which something is due (a call ending, a hold releasing). */
export function nextEventAt(context: MockContext): number | null {
  const now = context.clock.now()
  let next: number | null = null
  for (const lead of context.db.leads.values()) {
    const execution = lead.execution
    let at: number | null = null
    if (execution.state === 'in_call') at = execution.call.ends_at
    if (execution.state === 'holding' && execution.release_at !== null) {
      const workflow = context.db.workflows.get(lead.workflow_id)
      if (workflow && processesLeads(workflow.status) && lead.status === 'active')
        at = execution.release_at
    }
    // Anything still due after a tick cannot move (e.g. stranded on a deleted node).
    if (at !== null && at > now && (next === null || at < next)) next = at
  }
  return next
}

/**
 * Advances the clock to `untilMs`, ticking at every due event on the way, so that a big jump
 * (a real-time loop step at 3600×, or `advance_ms`) behaves like many small ticks.
 */
export function runUntil(context: MockContext, untilMs: number) {
  for (let guard = 0; guard < 100_000; guard++) {
    tick(context)
    const next = nextEventAt(context)
    if (next === null || next > untilMs) break
    context.clock.set(Math.max(next, context.clock.now()))
  }
  if (untilMs > context.clock.now()) context.clock.set(untilMs)
  tick(context)
}
