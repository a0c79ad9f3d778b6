import { useMemo } from 'react'
import type { WorkflowGraph } from '../../api/schemas/graph'
import type { WorkflowStats } from '../../api/stats'
import type { Lead } from '../../api/schemas/lead'
import { historyRates } from './history-rates'
import { toMinute, usableSettings, type ForecastSettings } from './forecast-settings-model'
import type { ForecastInput, ForecastLead } from './simulation/forecast-types'

const SEED = 20261202

/** The simulation's input from the graph, the moving leads (or typed ones), history and settings. */
export function useForecastInput(
  graph: WorkflowGraph | undefined,
  leads: readonly Lead[] | undefined,
  stats: WorkflowStats | null | undefined,
  settings: ForecastSettings,
  startAt: number | null,
): ForecastInput | null {
  const history = useMemo(() => (graph ? historyRates(graph, stats) : {}), [graph, stats])
  const forecastLeads = useMemo<ForecastLead[] | null>(() => {
    if (!leads) return null
    return leads.map((l) => ({
      id: l.id,
      phoneNumber: l.phoneNumber,
      variables: l.variables,
      // A pending lead starts at the entry step.
      nodeId: l.status === 'pending' ? null : l.currentNodeId,
    }))
  }, [leads])
  return useMemo(() => {
    if (!graph || !forecastLeads || startAt === null) return null
    const s = usableSettings(settings)
    const typed =
      forecastLeads.length === 0
        ? Array.from({ length: s.typedLeads }, (_, i) => ({
            id: `typed-${i}`,
            phoneNumber: s.typedPhone,
            variables: {},
            nodeId: null,
          }))
        : forecastLeads
    return {
      steps: graph.nodes.map((n) => ({ id: n.id, nodeType: n.nodeType, config: n.config })),
      links: graph.edges,
      leads: typed,
      startAt,
      days: s.days,
      concurrency: s.concurrency,
      window: { startMinute: toMinute(s.windowStart), endMinute: toMinute(s.windowEnd) },
      assumptions: s.assumptions,
      history,
      seed: SEED,
    }
  }, [graph, forecastLeads, settings, startAt, history])
}
