import { useQuery } from '@tanstack/react-query'
import { fetchLeads, leadQueries } from '../../api/leads'
import { isTerminalLeadStatus, type Lead } from '../../api/schemas/lead'

const PAGE = 100
/** A forecast past this many leads reads only the first ones (and says so). */
export const MAX_FORECAST_LEADS = 20_000

/** Every lead still moving (pending or active): what the forecast simulates. */
export function useForecastLeads(workflowId: string) {
  return useQuery({
    queryKey: [...leadQueries.all(workflowId), 'forecast'],
    queryFn: async ({ signal }) => {
      const moving: Lead[] = []
      let total = 0
      for (let page = 1; ; page++) {
        const answer = await fetchLeads(workflowId, { page, limit: PAGE }, signal)
        total += answer.data.length
        moving.push(...answer.data.filter((l) => !isTerminalLeadStatus(l.status)))
        const pages = answer.meta.totalPages
        if (page >= pages || answer.data.length === 0 || total >= MAX_FORECAST_LEADS) break
      }
      return { moving, enrolled: total }
    },
  })
}
