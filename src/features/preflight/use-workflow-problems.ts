import { useCallback, useMemo, useState } from 'react'
import type { ApiError } from '../../api/api-error'
import type { Problem } from './run-preflight'
import { serverProblemsFrom } from './server-problems'
import { markersFrom, usePreflight } from './use-preflight'

type ServerProblems = { problems: Problem[]; graphVersion: unknown }

/**
 * The workflow's problems: the client's preflight merged with what the server said when it
 * refused activation. The server has the last word; its problems stay until the graph is edited (moving steps is not
 * an edit that preflight sees).
 */
export function useWorkflowProblems(
  workflowId: string,
  graphId: string = workflowId,
  formerStepNames?: ReadonlyMap<string, string>,
) {
  const { problems, graph, checkedGraph, isChecking, isStale } = usePreflight(
    workflowId,
    graphId,
    formerStepNames,
  )
  const [server, setServer] = useState<ServerProblems | null>(null)

  const allProblems = useMemo(
    () => [...(server && server.graphVersion === checkedGraph ? server.problems : []), ...problems],
    [server, checkedGraph, problems],
  )
  const markers = useMemo(() => markersFrom(allProblems), [allProblems])
  const errorCount = allProblems.filter((p) => p.severity === 'error').length

  const addServerProblems = useCallback(
    (error: ApiError) =>
      setServer({
        problems: serverProblemsFrom(error, checkedGraph ?? { nodes: [], edges: [] }),
        graphVersion: checkedGraph,
      }),
    [checkedGraph],
  )

  return {
    problems: allProblems,
    markers,
    errorCount,
    graph,
    /** `graph` as preflight last checked it: unchanged while steps only move. */
    checkedGraph,
    isChecking,
    isStale,
    addServerProblems,
  }
}
