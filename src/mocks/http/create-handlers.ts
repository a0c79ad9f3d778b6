import type { RequestHandler } from 'msw'
import type { MockContext } from '../context'
import type { FaultStore } from '../faults'
import { mockAdminHandlers, type AdminDeps } from './mock-admin-handlers'
import { graphHandlers } from './graph-handlers'
import { leadHandlers } from './lead-handlers'
import { resourceHandlers } from './resource-handlers'
import { createRouter } from './route'
import { workflowHandlers } from './workflow-handlers'

export type HandlerOptions = {
  /** Answer 401 to requests without `Authorization: Bearer …` (default false). */
  requireAuth?: boolean
  /** Delay every answer by this many real ms (default 0). */
  latencyMs?: number
}

export type HandlerDeps = AdminDeps & { context: MockContext; faults: FaultStore }

export function createHandlers(deps: HandlerDeps, options: HandlerOptions = {}): RequestHandler[] {
  const route = createRouter({
    requireAuth: options.requireAuth ?? false,
    latencyMs: options.latencyMs ?? 0,
    faults: deps.faults,
    random: deps.context.random,
  })
  // Order matters: MSW answers with the first matching handler.
  return [
    ...mockAdminHandlers(route, deps),
    // variable-keys must be matched before `/leads/:leadId` routes.
    ...resourceHandlers(route, deps.context),
    ...leadHandlers(route, deps.context),
    ...graphHandlers(route, deps.context),
    ...workflowHandlers(route, deps.context),
  ]
}
