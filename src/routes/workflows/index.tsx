import { useCallback } from 'react'
import { createFileRoute } from '@tanstack/react-router'
import { workflowQueries } from '../../api/workflows'
import {
  toListParams,
  workflowListSearchSchema,
  type WorkflowListSearch,
} from '../../features/workflows/list-search'
import { WorkflowListScreen } from '../../features/workflows/workflow-list-screen'

export const Route = createFileRoute('/workflows/')({
  validateSearch: workflowListSearchSchema,
  loaderDeps: ({ search }) => toListParams(search),
  // Warm the cache without blocking navigation; the screen shows its own skeleton.
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchQuery(workflowQueries.list(deps))
  },
  component: WorkflowListRoute,
})

function WorkflowListRoute() {
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const onSearchChange = useCallback(
    (next: Partial<WorkflowListSearch>) =>
      void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true }),
    [navigate],
  )
  return <WorkflowListScreen search={search} onSearchChange={onSearchChange} />
}
