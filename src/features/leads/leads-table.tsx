import { useQuery } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'
import { describeError } from '../../api/api-error'
import { leadQueries } from '../../api/leads'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { LEAD_STATUSES, type Lead } from '../../api/schemas/lead'
import { Button } from '../../components/ui/button'
import { inputClass } from '../../components/ui/field'
import type { WorkflowStatus } from '../../domain/workflow-status'
import { leadStatusLabel } from './lead-status-badge'
import { LeadRow } from './lead-row'
import { Pagination } from '../../components/ui/pagination'
import { RemoveLeadDialog } from './remove-lead-dialog'
import { useDebouncedValue } from './use-debounced-value'

export const LEADS_PAGE_SIZE = 20
/** The table follows the leads while they move, slower than the live counts. */
const ACTIVE_REFRESH_MS = 5_000

type Props = {
  workflowId: string
  status: WorkflowStatus
  graph: WorkflowGraph | undefined
  onShowPath: (leadId: string) => void
}

export function LeadsTable({ workflowId, status, graph, onShowPath }: Props) {
  const searchId = useId()
  const statusId = useId()
  const [search, setSearch] = useState('')
  const [statusFilter, setStatusFilter] = useState('')
  const [page, setPage] = useState(1)
  const [removing, setRemoving] = useState<Lead | null>(null)
  const debouncedSearch = useDebouncedValue(search.trim(), 300)
  const params = {
    page,
    limit: LEADS_PAGE_SIZE,
    status: statusFilter || undefined,
    search: debouncedSearch || undefined,
  }
  const leads = useQuery({
    ...leadQueries.list(workflowId, params),
    refetchInterval: status === 'active' ? ACTIVE_REFRESH_MS : false,
  })
  const labels = useMemo(
    () => new Map(graph?.nodes.map((n) => [n.id, n.label || n.nodeType]) ?? []),
    [graph],
  )
  const nodeName = (id: string | null | undefined) => (id ? (labels.get(id) ?? id) : '—')
  const filtered = Boolean(debouncedSearch || statusFilter)

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter leads">
        <div className="flex flex-col gap-1">
          <label htmlFor={searchId} className="text-sm font-medium text-slate-800">
            Search by phone
          </label>
          <input
            id={searchId}
            type="search"
            inputMode="tel"
            className={inputClass}
            placeholder="e.g. 98765"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value)
              setPage(1)
            }}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={statusId} className="text-sm font-medium text-slate-800">
            Status
          </label>
          <select
            id={statusId}
            className={inputClass}
            value={statusFilter}
            onChange={(e) => {
              setStatusFilter(e.target.value)
              setPage(1)
            }}
          >
            <option value="">All statuses</option>
            {LEAD_STATUSES.map((s) => (
              <option key={s} value={s}>
                {leadStatusLabel(s)}
              </option>
            ))}
          </select>
        </div>
      </div>

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
                onShowPath={onShowPath}
                onRemove={setRemoving}
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
          onPageChange={setPage}
          label="Leads pages"
          noun="leads"
        />
      ) : null}
      <RemoveLeadDialog workflowId={workflowId} lead={removing} onClose={() => setRemoving(null)} />
    </div>
  )
}
