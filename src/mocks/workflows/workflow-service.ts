import type { MockContext } from '../context'
import type { MockDb } from '../db/mock-db'
import { isTerminalLead, type WorkflowRecord } from '../db/types'
import { badRequest, conflict, notFound } from '../errors'
import { checkDelete, transition, type LifecycleAction } from '../lifecycle/state-machine'
import { freezeHolds, markCancelled, thawHolds } from '../scheduler/lifecycle-hooks'
import { ORGANIZATION_ID } from '../seed/seed-time'
import { activationProblemsFor } from '../validation/activation-rules'
import { serializeWorkflow } from './serialize-workflow'
import { asObjectBody, parseCreateInput, parseUpdateInput } from './workflow-input'

export function findWorkflow(db: MockDb, id: string): WorkflowRecord {
  const workflow = db.workflows.get(id)
  if (!workflow) throw notFound(`Workflow ${id} not found.`)
  return workflow
}

export function getWorkflow({ db }: MockContext, id: string) {
  return serializeWorkflow(db, findWorkflow(db, id))
}

export function createWorkflow({ db, clock }: MockContext, body: unknown) {
  const input = parseCreateInput(body)
  const now = clock.iso()
  const workflow: WorkflowRecord = {
    id: db.newId('wf_'),
    organization_id: ORGANIZATION_ID,
    title: input.title,
    description: input.description,
    status: 'draft',
    created_at: now,
    updated_at: now,
    last_triggered_at: null,
    variable_keys: [],
    legacy: null,
  }
  db.workflows.set(workflow.id, workflow)
  return serializeWorkflow(db, workflow)
}

export function updateWorkflow({ db, clock }: MockContext, id: string, body: unknown) {
  const workflow = findWorkflow(db, id)
  if ('status' in asObjectBody(body))
    throw conflict('status cannot be changed with PATCH; use activate, pause, resume or cancel.')
  const update = parseUpdateInput(body)
  if (update.title !== undefined) workflow.title = update.title
  if (update.description !== undefined) workflow.description = update.description
  workflow.updated_at = clock.iso()
  return serializeWorkflow(db, workflow)
}

export function deleteWorkflow({ db }: MockContext, id: string) {
  const workflow = findWorkflow(db, id)
  const inTransit = db.leadsOf(id).filter((lead) => !isTerminalLead(lead.status)).length
  const verdict = checkDelete(workflow.status, inTransit)
  if (!verdict.ok) throw conflict(verdict.message)
  db.deleteWorkflow(id)
  return { message: 'Workflow deleted.' }
}

export function runLifecycleAction(context: MockContext, id: string, action: LifecycleAction) {
  const { db, clock } = context
  const workflow = findWorkflow(db, id)
  const verdict = transition(workflow.status, action)
  if (!verdict.ok) throw conflict(verdict.message.replace('{id}', id))
  if (action === 'activate') {
    const problems = activationProblemsFor(db, id)
    if (problems.length > 0) throw badRequest(problems)
    workflow.last_triggered_at = clock.iso()
  }
  if (action === 'pause') freezeHolds(context, id)
  if (action === 'resume') thawHolds(context, id)
  if (action === 'cancel') markCancelled(context, id)
  workflow.status =
    verdict.value === 'active' && workflow.legacy?.runningStatus ? 'running' : verdict.value
  workflow.updated_at = clock.iso()
  return serializeWorkflow(db, workflow)
}

/** Tier-C `PATCH /workflows/{id}/status` (contract §14.27): `deactivate` means pause. */
export function runStatusAction(context: MockContext, id: string, body: unknown) {
  findWorkflow(context.db, id)
  const action = asObjectBody(body).action
  const mapped: Record<string, LifecycleAction> = {
    activate: 'activate',
    deactivate: 'pause',
    pause: 'pause',
    resume: 'resume',
  }
  if (typeof action !== 'string' || !(action in mapped))
    throw badRequest(['action must be one of activate, deactivate, pause, resume'])
  return runLifecycleAction(context, id, mapped[action] as LifecycleAction)
}

/** Deep copy into a new draft: nodes and edges with remapped ids, no leads (contract §4.10). */
export function duplicateWorkflow({ db, clock }: MockContext, id: string) {
  const source = findWorkflow(db, id)
  const now = clock.iso()
  const copy: WorkflowRecord = {
    id: db.newId('wf_'),
    organization_id: source.organization_id,
    title: `${source.title} (Copy)`,
    description: source.description,
    status: 'draft',
    created_at: now,
    updated_at: now,
    last_triggered_at: null,
    variable_keys: [],
    legacy: null,
  }
  db.workflows.set(copy.id, copy)
  const nodeIds = new Map<string, string>()
  for (const node of db.nodesOf(id)) {
    const newId = db.newId('node_')
    nodeIds.set(node.id, newId)
    db.nodes.set(newId, {
      ...node,
      id: newId,
      workflow_id: copy.id,
      config: structuredClone(node.config),
    })
  }
  for (const edge of db.edgesOf(id)) {
    const from = nodeIds.get(edge.from_node_id)
    const to = nodeIds.get(edge.to_node_id)
    if (!from || !to) continue
    const newId = db.newId('edge_')
    db.edges.set(newId, {
      ...edge,
      id: newId,
      workflow_id: copy.id,
      from_node_id: from,
      to_node_id: to,
    })
  }
  return serializeWorkflow(db, copy)
}
