import type { QueryClient } from '@tanstack/react-query'
import { graphQueries } from '../../api/graph'
import { resourceQueries } from '../../api/resources'
import { workflowQueries } from '../../api/workflows'
import { runPreflight } from '../../features/preflight/run-preflight'
import { DEFAULT_CONCURRENCY_LIMIT } from '../../features/preflight/use-preflight'
import type { ActivationCheck } from '../../features/workflows/activation-check'

/**
 * The detail screen's preflight gate for a list row: the graph, agents, numbers and variable keys
 * are read fresh (the graph may have changed since it was cached), then the same checks run.
 */
export async function checkActivation(
  queryClient: QueryClient,
  workflowId: string,
): Promise<ActivationCheck> {
  const [graph, workflow, agents, phoneNumbers, variableKeys] = await Promise.all([
    queryClient.fetchQuery({ ...graphQueries.graph(workflowId), staleTime: 0 }),
    queryClient.fetchQuery({ ...workflowQueries.detail(workflowId), staleTime: 0 }),
    queryClient.ensureQueryData(resourceQueries.agents()),
    queryClient.ensureQueryData(resourceQueries.phoneNumbers()),
    queryClient.fetchQuery({ ...resourceQueries.variableKeys(workflowId), staleTime: 0 }),
  ])
  const problems = runPreflight({
    graph,
    agents: agents.data,
    phoneNumbers: phoneNumbers.data,
    variableKeys,
    concurrencyLimit: DEFAULT_CONCURRENCY_LIMIT,
    enrolledLeads: workflow.leadCount,
  })
  return {
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  }
}
