import {
  createFileRoute,
  notFound,
  useRouter,
  type ErrorComponentProps,
} from '@tanstack/react-router'
import { useSuspenseQuery } from '@tanstack/react-query'
import { z } from 'zod'
import { describeError, isApiError } from '../../api/api-error'
import { graphQueries } from '../../api/graph'
import { resourceQueries } from '../../api/resources'
import { statsQueries } from '../../api/stats'
import { workflowQueries } from '../../api/workflows'
import { NotFound } from '../../components/ui/not-found'
import { Button } from '../../components/ui/button'
import { leadFiltersSearchSchema } from '../../features/leads/lead-filters'
import { WorkflowWorkspace } from './-workflow-workspace'

/** The detail screen's view in the URL: the open tab and the leads filters. */
const detailSearchSchema = leadFiltersSearchSchema.extend({
  tab: z.enum(['preflight', 'leads', 'activity', 'versions']).optional().catch(undefined),
  /** The draft of a live workflow instead of the live graph (issue 16). */
  view: z.enum(['draft']).optional().catch(undefined),
})

export const Route = createFileRoute('/workflows/$workflowId')({
  validateSearch: detailSearchSchema,
  loader: async ({ context: { queryClient }, params }) => {
    // The canvas needs the graph, agents and numbers, its live counts and preflight the leads'
    // variables: ask for them now, in parallel with the workflow and with this route's code, so
    // that the first drawing of the canvas has them all instead of redrawing as each arrives.
    void queryClient.prefetchQuery(graphQueries.graph(params.workflowId))
    void queryClient.prefetchQuery(resourceQueries.agents())
    void queryClient.prefetchQuery(resourceQueries.phoneNumbers())
    void queryClient.prefetchQuery(statsQueries.stats(params.workflowId))
    void queryClient.prefetchQuery(resourceQueries.variableKeys(params.workflowId))
    try {
      await queryClient.ensureQueryData(workflowQueries.detail(params.workflowId))
    } catch (error) {
      // 403 is how tier C answers for foreign ids (contract §14.39): "not available" either way.
      if (isApiError(error) && (error.status === 404 || error.status === 403)) throw notFound()
      throw error
    }
  },
  component: WorkflowDetailRoute,
  notFoundComponent: () => (
    <NotFound
      title="Workflow not found"
      message="This workflow does not exist, was deleted, or belongs to another organisation."
    />
  ),
  errorComponent: DetailError,
})

function WorkflowDetailRoute() {
  const { workflowId } = Route.useParams()
  const { data: workflow } = useSuspenseQuery(workflowQueries.detail(workflowId))
  return (
    <div className="flex flex-1 flex-col">
      <WorkflowWorkspace workflow={workflow} />
    </div>
  )
}

/** A failed load (e.g. a timeout): "Try again" runs the loader again, not just the boundary. */
function DetailError({ error }: ErrorComponentProps) {
  const router = useRouter()
  return (
    <section
      role="alert"
      className="mx-auto mt-16 max-w-lg rounded-lg border border-red-200 bg-red-50 p-6"
    >
      <h1 className="text-lg font-semibold text-red-900">This workflow could not be loaded</h1>
      <p className="mt-2 text-sm text-red-900">{describeError(error)}</p>
      <Button className="mt-4" onClick={() => void router.invalidate()}>
        Try again
      </Button>
    </section>
  )
}
