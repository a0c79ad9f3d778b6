import { useMemo, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { graphQueries } from '../../api/graph'
import { leadsInFlightQuery } from '../../api/leads-in-flight'
import { resourceQueries } from '../../api/resources'
import { workflowQueries } from '../../api/workflows'
import { movedOnly } from '../../api/moved-only'
import { runPreflight } from './run-preflight'

export { markersFrom } from './markers'
export type { ProblemMarker, ProblemMarkers } from './markers'

/**
 * The workspace's concurrency limit is not exposed by any documented endpoint; contract §10.1
 * gives 5 (Starter plan, and the mock's slot pool) as the default.
 */
export const DEFAULT_CONCURRENCY_LIMIT = 5
/** Stranded leads are looked for again this often while the workflow runs. */
const IN_FLIGHT_REFRESH_MS = 10_000

/**
 * Client preflight for one workflow. Reads the same graph cache entry the canvas edits
 * optimistically, so problems follow every edit; checks whose data is still loading are skipped.
 */
export function usePreflight(
  workflowId: string,
  /** Check another graph of this workflow (its draft) against the workflow's leads and data. */
  graphId: string = workflowId,
  formerStepNames?: ReadonlyMap<string, string>,
) {
  const graphQuery = useQuery(graphQueries.graph(graphId))
  const agents = useQuery(resourceQueries.agents())
  const phoneNumbers = useQuery(resourceQueries.phoneNumbers())
  const variableKeys = useQuery(resourceQueries.variableKeys(workflowId))
  const workflow = useQuery(workflowQueries.detail(workflowId))

  const status = workflow.data?.status
  const live = status === 'active' || status === 'paused'
  const inFlight = useQuery({
    ...leadsInFlightQuery(workflowId),
    enabled: live,
    refetchInterval: status === 'active' ? IN_FLIGHT_REFRESH_MS : false,
  })
  const leadsInFlight = live ? inFlight.data?.leads : undefined

  const graph = graphQuery.data
  // Preflight does not look at positions: a step dragged (or a whole tidy-up) checks nothing again.
  const [checked, setChecked] = useState(graph)
  const checkedChanged =
    graph !== checked && (!graph || !checked || movedOnly(checked, graph) === null)
  if (checkedChanged) setChecked(graph)
  const checkedGraph = checkedChanged ? graph : checked
  const enrolledLeads = workflow.data?.leadCount
  const problems = useMemo(
    () =>
      checkedGraph
        ? runPreflight({
            graph: checkedGraph,
            agents: agents.data,
            phoneNumbers: phoneNumbers.data,
            variableKeys: variableKeys.data,
            concurrencyLimit: DEFAULT_CONCURRENCY_LIMIT,
            enrolledLeads,
            leadsInFlight,
            formerStepNames,
          })
        : [],
    [
      checkedGraph,
      agents.data,
      phoneNumbers.data,
      variableKeys.data,
      enrolledLeads,
      leadsInFlight,
      formerStepNames,
    ],
  )
  return {
    problems,
    graph,
    /** The graph the problems were found in: the same object while steps only move. */
    checkedGraph,
    isLoading: graphQuery.isPending,
    /** The last refresh of the graph failed: what is checked may not be what the server holds. */
    isStale: graphQuery.isRefetchError,
    /** Some lookups (agents, numbers, variable keys) have not answered yet. */
    isChecking: agents.isPending || phoneNumbers.isPending || variableKeys.isPending,
  }
}
