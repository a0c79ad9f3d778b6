import type { MockContext } from '../context'
import { findWorkflow } from '../workflows/workflow-service'

type NodeCounts = { waiting: number; in_call: number; done: number }

/**
 * PRIVATE MOCK EXTENSION — `GET /v1/workflows/{id}/stats` is not part of the DialNexa contract.
 * Live counters for the canvas:
 * `{ workflow_id, status, totals: {enrolled, active, converted, dropped, pending, removed, failed},
 *    nodes: {[nodeId]: {waiting, in_call, done}}, edges: {[edgeId]: {passed}},
 *    calls: {[nodeId]: {completed, completed_seconds}},
 *    concurrency: {limit, in_use}, clock: {now, speed} }`.
 * `waiting` = active leads sitting on the node (queued for a call, holding, stuck), `in_call` =
 * live calls, `done` = visits that left the node (final nodes count arrivals), `passed` = times a
 * lead traversed the edge; `calls`: completed calls per call step and their total length (what
 * the forecast takes call minutes from).
 */
export function workflowStats(context: MockContext, workflowId: string) {
  const workflow = findWorkflow(context.db, workflowId)
  const leads = context.db.leadsOf(workflowId)
  const count = (status: string) => leads.filter((l) => l.status === status).length
  const nodes: Record<string, NodeCounts> = {}
  for (const node of context.db.nodesOf(workflowId))
    nodes[node.id] = { waiting: 0, in_call: 0, done: 0 }
  const calls: Record<string, { completed: number; completed_seconds: number }> = {}
  const edges: Record<string, { passed: number }> = {}
  for (const edge of context.db.edgesOf(workflowId)) edges[edge.id] = { passed: 0 }

  for (const lead of leads) {
    const here = lead.current_node_id ? nodes[lead.current_node_id] : undefined
    if (here && lead.execution.state === 'in_call') here.in_call += 1
    else if (here && lead.status === 'active') here.waiting += 1
    for (const entry of lead.history) {
      const visited = nodes[entry.node_id]
      if (visited && entry.exited_at !== null) visited.done += 1
      const seconds = entry.metadata.duration_sec
      if (entry.status === 'completed' && typeof seconds === 'number') {
        const call = (calls[entry.node_id] ??= { completed: 0, completed_seconds: 0 })
        call.completed += 1
        call.completed_seconds += seconds
      }
      const edge = entry.edge_id ? edges[entry.edge_id] : undefined
      if (edge) edge.passed += 1
    }
  }
  const inUse = [...context.db.leads.values()].filter((l) => l.execution.state === 'in_call').length
  return {
    workflow_id: workflowId,
    status: workflow.status,
    totals: {
      enrolled: leads.length,
      active: count('active'),
      converted: count('completed'),
      dropped: count('dropped'),
      pending: count('pending'),
      removed: count('removed'),
      failed: count('failed'),
    },
    nodes,
    edges,
    calls,
    concurrency: { limit: context.settings.concurrency, in_use: inUse },
    clock: { now: context.clock.iso(), speed: context.clock.speed },
  }
}
