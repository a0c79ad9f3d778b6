/**
 * The one query-key tree (docs/decisions/007-structure.md). Everything about one workflow sits
 * under `['workflows', id]`, so one invalidation of that prefix refreshes its detail, graph,
 * stats, leads and variable keys; lists sit under `['workflows', 'list']` (ids are never `list`).
 * Kept free of fetchers so every api module can import it without a cycle.
 */
export const workflowKeys = {
  all: () => ['workflows'] as const,
  lists: () => ['workflows', 'list'] as const,
  workflow: (id: string) => ['workflows', id] as const,
  detail: (id: string) => [...workflowKeys.workflow(id), 'detail'] as const,
  graph: (id: string) => [...workflowKeys.workflow(id), 'graph'] as const,
  stats: (id: string) => [...workflowKeys.workflow(id), 'stats'] as const,
  leads: (id: string) => [...workflowKeys.workflow(id), 'leads'] as const,
  variableKeys: (id: string) => [...workflowKeys.workflow(id), 'variable-keys'] as const,
}
