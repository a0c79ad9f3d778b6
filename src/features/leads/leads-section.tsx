import { useId } from 'react'
import { Link } from '@tanstack/react-router'
import type { WorkflowGraph } from '../../api/schemas/graph'
import type { WorkflowStatus } from '../../domain/workflow-status'
import { EnrolLeadsDialog } from './enrol-leads-dialog'
import type { LeadFilters } from './lead-filters'
import { LeadsTable } from './leads-table'

type Props = {
  workflowId: string
  status: WorkflowStatus
  graph: WorkflowGraph | undefined
  onShowPath: (leadId: string) => void
  filters: LeadFilters
  onFiltersChange: (filters: LeadFilters) => void
  /** On the leads page itself (no link to it, wider columns). */
  wide?: boolean
}

/** The leads of one workflow: enrol from CSV, search, page, remove, open a lead's path. */
export function LeadsSection({
  workflowId,
  status,
  graph,
  onShowPath,
  wide = false,
  ...filtering
}: Props) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 p-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex flex-col gap-0.5">
          <h2 id={headingId} className="text-base font-semibold text-slate-900">
            Leads
          </h2>
          {wide ? null : (
            <Link
              to="/workflows/$workflowId/leads"
              params={{ workflowId }}
              search={filtering.filters}
              className="text-xs text-brand underline"
            >
              Open the full leads view
            </Link>
          )}
        </div>
        <EnrolLeadsDialog workflowId={workflowId} status={status} graph={graph} />
      </div>
      <LeadsTable
        workflowId={workflowId}
        status={status}
        graph={graph}
        onShowPath={onShowPath}
        {...filtering}
      />
    </section>
  )
}
