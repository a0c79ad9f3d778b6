import { queryOptions } from '@tanstack/react-query'
import type { LeadInFlight } from '../domain/change-impact/leads-on-steps'
import { fetchLeads } from './leads'
import type { Lead } from './schemas/lead'
import { workflowKeys } from './query-keys'

/** The list endpoint's largest page (contract §6.2). */
const PAGE = 100
/** 10,000 leads in flight at most are read; beyond that the counts say "at least". */
const MAX_PAGES = 100

/** A listed lead as the impact and stranded-lead rules read it. */
export const toLeadInFlight = (lead: Lead): LeadInFlight => ({
  id: lead.id,
  phoneNumber: lead.phoneNumber,
  currentNodeId: lead.currentNodeId,
  inCall: lead.executionStatus === 'in_call',
})

export type LeadsInFlight = {
  leads: LeadInFlight[]
  /** Every lead in flight was read (false past {@link MAX_PAGES} pages). */
  complete: boolean
  total: number
}

/**
 * Every lead that is moving through the graph (status `active`) with the step it sits on, read
 * with the documented list endpoint (contract §6.2) so the numbers hold against the real API too.
 */
export async function fetchLeadsInFlight(
  workflowId: string,
  signal?: AbortSignal,
): Promise<LeadsInFlight> {
  const read = (page: number) =>
    fetchLeads(workflowId, { page, limit: PAGE, status: 'active' }, signal)
  const first = await read(1)
  const pages = Math.min(first.meta.totalPages, MAX_PAGES)
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => read(i + 2)),
  )
  const leads = [first, ...rest]
    .flatMap((p) => p.data)
    // A server that ignores the status filter must not count finished leads.
    .filter((l) => l.status === 'active')
    .map(toLeadInFlight)
  return { leads, complete: first.meta.totalPages <= MAX_PAGES, total: first.meta.total }
}

export const leadsInFlightQuery = (workflowId: string) =>
  queryOptions({
    queryKey: [...workflowKeys.leads(workflowId), 'in-flight'],
    queryFn: ({ signal }) => fetchLeadsInFlight(workflowId, signal),
  })
