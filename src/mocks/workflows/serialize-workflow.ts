import type { MockDb } from '../db/mock-db'
import type { WorkflowRecord } from '../db/types'

/**
 * The superset workflow response (contract §2.1 mock recommendation). Legacy seeds keep their
 * quirk: `nameOnly` records are served without `title`.
 */
export function serializeWorkflow(db: MockDb, workflow: WorkflowRecord): Record<string, unknown> {
  const leadCount = db.leadsOf(workflow.id).length
  const body: Record<string, unknown> = {
    id: workflow.id,
    organization_id: workflow.organization_id,
    title: workflow.title,
    name: workflow.title,
    description: workflow.description,
    status: workflow.status,
    node_count: db.nodesOf(workflow.id).length,
    edge_count: db.edgesOf(workflow.id).length,
    enrolled_leads: leadCount,
    lead_count: leadCount,
    last_triggered_at: workflow.last_triggered_at,
    created_at: workflow.created_at,
    updated_at: workflow.updated_at,
  }
  if (workflow.legacy?.nameOnly) delete body.title
  return body
}
