import { createFileRoute, Link, notFound } from '@tanstack/react-router'
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { lazy, Suspense, useCallback } from 'react'
import { z } from 'zod'
import { isApiError } from '../../api/api-error'
import { graphQueries } from '../../api/graph'
import { workflowQueries } from '../../api/workflows'
import { NotFound } from '../../components/ui/not-found'
import { PanelErrorBoundary } from '../../components/ui/error-boundary'
import { StatusBadge } from '../../components/ui/status-badge'
import { leadFiltersSearchSchema, type LeadFilters } from '../../features/leads/lead-filters'
import { LeadHistoryPanel } from '../../features/leads/lead-history'
import { WorkflowTotals } from '../../features/leads/workflow-totals'

const LeadsSection = lazy(() =>
  import('../../features/leads/leads-section').then((m) => ({ default: m.LeadsSection })),
)

/** The leads page's view in the URL: the filters and the lead whose path is open. */
const leadsPageSearchSchema = leadFiltersSearchSchema.extend({
  lead: z.string().trim().min(1).max(100).optional().catch(undefined),
})

export const Route = createFileRoute('/workflows/$workflowId_/leads')({
  validateSearch: leadsPageSearchSchema,
  loader: async ({ context: { queryClient }, params }) => {
    void queryClient.prefetchQuery(graphQueries.graph(params.workflowId))
    try {
      await queryClient.ensureQueryData(workflowQueries.detail(params.workflowId))
    } catch (error) {
      if (isApiError(error) && (error.status === 404 || error.status === 403)) throw notFound()
      throw error
    }
  },
  component: LeadsPage,
  notFoundComponent: () => (
    <NotFound
      title="Workflow not found"
      message="This workflow does not exist, was deleted, or belongs to another organisation."
    />
  ),
})

/** A workflow's leads with the whole width: filters in the URL, each lead's path beside them. */
function LeadsPage() {
  const { workflowId } = Route.useParams()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const { data: workflow } = useSuspenseQuery(workflowQueries.detail(workflowId))
  const graph = useQuery(graphQueries.graph(workflowId))
  const { lead, ...filters } = search
  const setFilters = useCallback(
    (next: LeadFilters) =>
      void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true }),
    [navigate],
  )
  const showPath = useCallback(
    (leadId: string | undefined) =>
      void navigate({ search: (prev) => ({ ...prev, lead: leadId }), replace: true }),
    [navigate],
  )
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-3 px-4 py-4">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link to="/workflows" className="hover:underline">
          Workflows
        </Link>
        <span aria-hidden="true"> / </span>
        <Link to="/workflows/$workflowId" params={{ workflowId }} className="hover:underline">
          {workflow.title || 'Untitled workflow'}
        </Link>
        <span aria-hidden="true"> / </span>
        <span>Leads</span>
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold break-words">
          Leads of “{workflow.title || 'Untitled workflow'}”
        </h1>
        <StatusBadge status={workflow.status} />
      </div>
      <WorkflowTotals workflowId={workflowId} status={workflow.status} />
      <div className="flex flex-col gap-4 lg:flex-row lg:items-start">
        <div className="min-w-0 flex-1 rounded-lg border border-slate-200 bg-white">
          <PanelErrorBoundary name="leads">
            <Suspense
              fallback={
                <p role="status" className="p-4 text-sm text-slate-600">
                  Loading leads…
                </p>
              }
            >
              <LeadsSection
                workflowId={workflowId}
                status={workflow.status}
                graph={graph.data}
                onShowPath={showPath}
                filters={filters}
                onFiltersChange={setFilters}
                wide
              />
            </Suspense>
          </PanelErrorBoundary>
        </div>
        {lead ? (
          <aside
            aria-label="Lead path"
            className="w-full shrink-0 rounded-lg border border-slate-200 bg-white lg:sticky lg:top-0 lg:w-[26rem]"
          >
            <PanelErrorBoundary name="lead path">
              <LeadHistoryPanel
                workflowId={workflowId}
                leadId={lead}
                graph={graph.data}
                onClose={() => showPath(undefined)}
              />
            </PanelErrorBoundary>
          </aside>
        ) : null}
      </div>
    </div>
  )
}
