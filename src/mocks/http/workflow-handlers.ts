import type { MockContext } from '../context'
import type { LifecycleAction } from '../lifecycle/state-machine'
import { listWorkflows } from '../workflows/list-workflows'
import {
  createWorkflow,
  deleteWorkflow,
  duplicateWorkflow,
  getWorkflow,
  runLifecycleAction,
  runStatusAction,
  updateWorkflow,
} from '../workflows/workflow-service'
import { created, readJsonBody } from './respond'
import type { Router } from './route'

const ACTIONS: LifecycleAction[] = ['activate', 'pause', 'resume', 'cancel']

export function workflowHandlers(route: Router, context: MockContext) {
  return [
    route.get('/workflows', ({ url }) => listWorkflows(context.db, url.searchParams)),
    route.post('/workflows', async ({ request }) =>
      created(createWorkflow(context, await readJsonBody(request))),
    ),
    route.get('/workflows/:id', ({ params }) => getWorkflow(context, params.id ?? '')),
    route.patch('/workflows/:id', async ({ params, request }) =>
      updateWorkflow(context, params.id ?? '', await readJsonBody(request)),
    ),
    route.delete('/workflows/:id', ({ params }) => deleteWorkflow(context, params.id ?? '')),
    ...ACTIONS.map((action) =>
      route.post(`/workflows/:id/${action}`, ({ params }) =>
        runLifecycleAction(context, params.id ?? '', action),
      ),
    ),
    route.patch('/workflows/:id/status', async ({ params, request }) =>
      runStatusAction(context, params.id ?? '', await readJsonBody(request)),
    ),
    route.post('/workflows/:id/duplicate', ({ params }) =>
      created(duplicateWorkflow(context, params.id ?? '')),
    ),
  ]
}
