import { useCallback } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { createFileRoute } from '@tanstack/react-router'
import { workflowQueries } from '../../api/workflows'
import {
  toListParams,
  workflowListSearchSchema,
  type WorkflowListSearch,
} from '../../features/workflows/list-search'
import { WorkflowListScreen } from '../../features/workflows/workflow-list-screen'
import { checkActivation } from './-activation-check'

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
  const queryClient = useQueryClient()
  const check = useCallback((id: string) => checkActivation(queryClient, id), [queryClient])
  return (
    <WorkflowListScreen search={search} onSearchChange={onSearchChange} checkActivation={check} />
  )
}
