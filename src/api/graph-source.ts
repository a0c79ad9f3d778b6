/**
 * Which graph the canvas edits: a workflow's live graph on the API, or the console's draft of it
 * (kept by the console's server, with the same node and edge endpoints). The graph fetchers,
 * mutations and query keys take a "graph id": the workflow id, or `draft:<workflow id>`.
 */
const DRAFT = 'draft:'

export const draftGraphId = (workflowId: string) => `${DRAFT}${workflowId}`
export const isDraftGraphId = (graphId: string) => graphId.startsWith(DRAFT)
export const workflowOfGraph = (graphId: string) =>
  isDraftGraphId(graphId) ? graphId.slice(DRAFT.length) : graphId

export function graphEndpoint(graphId: string): { root: 'api' | 'console'; base: string } {
  const workflow = encodeURIComponent(workflowOfGraph(graphId))
  return isDraftGraphId(graphId)
    ? { root: 'console', base: `/workflows/${workflow}/draft` }
    : { root: 'api', base: `/workflows/${workflow}` }
}
