import { useCallback, useMemo, useState } from 'react'
import type { ApiError } from '../../api/api-error'
import type { Problem } from './run-preflight'
import { serverProblemsFrom } from './server-problems'
import { markersFrom, usePreflight } from './use-preflight'

type ServerProblems = { problems: Problem[]; graphVersion: unknown }

/**
 * The workflow's problems: the client's preflight merged with what the server said when it
 * refused activation. The server has the last word; its problems stay until the graph is edited.
 */
export function useWorkflowProblems(
  workflowId: string,
  graphId: string = workflowId,
  formerStepNames?: ReadonlyMap<string, string>,
) {
  const { problems, graph, isChecking, isStale } = usePreflight(
    workflowId,
    graphId,
    formerStepNames,
  )
  const [server, setServer] = useState<ServerProblems | null>(null)

  const allProblems = useMemo(
    () => [...(server && server.graphVersion === graph ? server.problems : []), ...problems],
    [server, graph, problems],
  )
  const markers = useMemo(() => markersFrom(allProblems), [allProblems])
  const errorCount = allProblems.filter((p) => p.severity === 'error').length

  const addServerProblems = useCallback(
    (error: ApiError) =>
      setServer({
        problems: serverProblemsFrom(error, graph ?? { nodes: [], edges: [] }),
        graphVersion: graph,
      }),
    [graph],
  )

  return {
    problems: allProblems,
    markers,
    errorCount,
    graph,
    isChecking,
    isStale,
    addServerProblems,
  }
}
