import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { resourceQueries } from '../../api/resources'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { deriveReadiness, type Readiness } from './csv/readiness'

/**
 * The readiness inputs for this workflow: its VOICE_CALL nodes and the organisation's numbers.
 * `numbersUnknown` = the numbers could not be read, so only the server can check rules 2–3.
 */
export function useEnrolReadiness(graph: WorkflowGraph | undefined, enabled: boolean) {
  const hasVoiceCall = graph?.nodes.some((n) => n.nodeType.toUpperCase() === 'VOICE_CALL') ?? false
  const numbers = useQuery({ ...resourceQueries.phoneNumbers(), enabled: enabled && hasVoiceCall })
  const readiness: Readiness = useMemo(
    () => deriveReadiness(graph, numbers.data),
    [graph, numbers.data],
  )
  return {
    readiness,
    numbersLoading: hasVoiceCall && numbers.isPending && enabled,
    numbersUnknown: numbers.isError,
  }
}
