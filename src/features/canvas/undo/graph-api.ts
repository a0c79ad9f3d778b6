import {
  createEdge,
  createNode,
  deleteEdge,
  deleteNode,
  updateNode,
} from '../../../api/graph-mutations'
import type { GraphApi } from './apply-ops'

/** The real API behind `applyOps`, for one workflow. */
export const graphApiFor = (workflowId: string): GraphApi => ({
  createNode: (input) => createNode(workflowId, input),
  updateNode: (id, patch) => updateNode(workflowId, id, patch),
  deleteNode: (id) => deleteNode(workflowId, id),
  createEdge: (input) => createEdge(workflowId, input),
  deleteEdge: (id) => deleteEdge(workflowId, id),
})
