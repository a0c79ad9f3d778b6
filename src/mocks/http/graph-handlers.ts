import type { MockContext } from '../context'
import {
  createEdge,
  createNode,
  deleteEdge,
  deleteNode,
  listEdges,
  listNodes,
  updateNode,
} from '../graph/graph-service'
import { created, readJsonBody } from './respond'
import type { Router } from './route'

export function graphHandlers(route: Router, context: MockContext) {
  return [
    route.get('/workflows/:id/nodes', ({ params }) => listNodes(context, params.id ?? '')),
    route.post('/workflows/:id/nodes', async ({ params, request }) =>
      created(createNode(context, params.id ?? '', await readJsonBody(request))),
    ),
    route.patch('/workflows/:id/nodes/:nodeId', async ({ params, request }) =>
      updateNode(context, params.id ?? '', params.nodeId ?? '', await readJsonBody(request)),
    ),
    route.delete('/workflows/:id/nodes/:nodeId', ({ params }) =>
      deleteNode(context, params.id ?? '', params.nodeId ?? ''),
    ),
    route.get('/workflows/:id/edges', ({ params }) => listEdges(context, params.id ?? '')),
    route.post('/workflows/:id/edges', async ({ params, request }) =>
      created(createEdge(context, params.id ?? '', await readJsonBody(request))),
    ),
    route.delete('/workflows/:id/edges/:edgeId', ({ params }) =>
      deleteEdge(context, params.id ?? '', params.edgeId ?? ''),
    ),
  ]
}
