import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { describeError } from '../../api/api-error'
import { leadQueries } from '../../api/leads'
import { toLeadInFlight } from '../../api/leads-in-flight'
import type { WorkflowGraph } from '../../api/schemas/graph'
import type { Lead, LeadHistoryEntry } from '../../api/schemas/lead'
import { describeEntry, stepNamer } from './path-words'
import { Button } from '../../components/ui/button'
import type { WorkflowStatus } from '../../domain/workflow-status'
import type { LeadFilters } from './lead-filters'
import { LeadsFilterBar } from './leads-filter-bar'
import { LeadRow } from './lead-row'
import { Pagination } from '../../components/ui/pagination'
import { RemoveLeadDialog } from './remove-lead-dialog'
import { findStrandedLeads, type StrandedLead } from '../../domain/change-impact/stranded'

export const LEADS_PAGE_SIZE = 20
/** The table follows the leads while they move, slower than the live counts. */
const ACTIVE_REFRESH_MS = 5_000

type Props = {
  workflowId: string
  status: WorkflowStatus
  graph: WorkflowGraph | undefined
  onShowPath: (leadId: string) => void
  filters: LeadFilters
  onFiltersChange: (filters: LeadFilters) => void
}

export function LeadsTable({
  workflowId,
  status,
  graph,
  onShowPath,
  filters,
  onFiltersChange,
}: Props) {
  const [removing, setRemoving] = useState<Lead | null>(null)
  const page = filters.leadPage ?? 1
  const params = {
    page,
    limit: LEADS_PAGE_SIZE,
    status: filters.leadStatus,
    search: filters.leadSearch || undefined,
  }
  const leads = useQuery({
    ...leadQueries.list(workflowId, params),
    refetchInterval: status === 'active' ? ACTIVE_REFRESH_MS : false,
  })
  const labels = useMemo(
    () => new Map(graph?.nodes.map((n) => [n.id, n.label || n.nodeType]) ?? []),
    [graph],
  )
  const nodeName = (id: string | null | undefined) =>
    id ? (labels.get(id) ?? `a deleted step (${id})`) : '—'
  const live = status === 'active' || status === 'paused'
  const stranded = useMemo(() => {
    if (!live || !graph || !leads.data) return new Map<string, StrandedLead>()
    const moving = leads.data.data.filter((l) => l.status === 'active').map(toLeadInFlight)
    return new Map(findStrandedLeads(graph, moving).map((s) => [s.lead.id, s]))
  }, [live, graph, leads.data])
  const namer = useMemo(() => stepNamer(graph), [graph])
  const describeStep = (entry: LeadHistoryEntry) => {
    const words = describeEntry(entry, namer)
    // The row says "Waits until …" with the time itself.
    return [words.until ? words.title.replace(/ until$/, '') : words.title, ...words.details].join(
      ' · ',
    )
  }
  const filtered = Boolean(filters.leadSearch || filters.leadStatus)

  return (
    <div className="flex flex-col gap-2">
      <LeadsFilterBar filters={filters} onChange={onFiltersChange} />

      {leads.isError ? (
        <div
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
        >
          <p>The leads could not be loaded: {describeError(leads.error)}</p>
          <Button size="sm" className="mt-2" onClick={() => void leads.refetch()}>
            Try again
          </Button>
        </div>
      ) : null}

      <div className="rounded-md border border-slate-200 bg-white">
        <table
          className="w-full table-fixed text-left text-sm"
          aria-busy={leads.isFetching && !leads.data}
        >
          <caption className="sr-only">
            Leads enrolled in this workflow
            {leads.data ? `, page ${leads.data.meta.page} of ${leads.data.meta.totalPages}` : ''}
          </caption>
          <thead className="bg-slate-50 text-xs text-slate-700 uppercase">
            <tr>
              <th scope="col" className="w-[44%] px-2 py-2">
                Lead
              </th>
              <th scope="col" className="px-2 py-2">
                Progress
              </th>
              <th scope="col" className="w-18 px-2 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {leads.data?.data.map((lead) => (
              <LeadRow
                key={lead.id}
                lead={lead}
                nodeName={nodeName}
                stranded={stranded.get(lead.id)}
                onShowPath={onShowPath}
                onRemove={setRemoving}
                describeStep={describeStep}
              />
            ))}
            {leads.data && leads.data.data.length === 0 ? (
              <tr>
                <td colSpan={3} className="px-3 py-6 text-center text-slate-700">
                  {filtered
                    ? 'No leads match this search.'
                    : 'No leads enrolled yet. Enrol leads from a CSV file.'}
                </td>
              </tr>
            ) : null}
            {leads.isPending ? (
              <tr>
                <td colSpan={3} className="px-3 py-6 text-center text-slate-700">
                  Loading leads…
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {leads.data && (leads.data.meta.totalPages > 1 || page > 1) ? (
        <Pagination
          meta={leads.data.meta}
          onPageChange={(leadPage) => onFiltersChange({ ...filters, leadPage })}
          label="Leads pages"
          noun="leads"
        />
      ) : null}
      <RemoveLeadDialog workflowId={workflowId} lead={removing} onClose={() => setRemoving(null)} />
    </div>
  )
}
