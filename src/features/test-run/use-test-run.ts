import { useMemo, useState } from 'react'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { walkTestRun } from './walk/walk'
import type { CallAnswer, TestLead } from './walk/walk-types'

/** A completed call is assumed to take this long in the timeline. */
export const TEST_CALL_MINUTES = 3

/** The run's state is the lead and the answers given so far; the walk is derived from them. */
export function useTestRun(graph: WorkflowGraph, startAt: number) {
  const [lead, setLead] = useState<TestLead | null>(null)
  const [answers, setAnswers] = useState<CallAnswer[]>([])
  const walk = useMemo(
    () =>
      lead ? walkTestRun({ graph, lead, answers, startAt, callMinutes: TEST_CALL_MINUTES }) : null,
    [graph, lead, answers, startAt],
  )
  return {
    lead,
    answers,
    walk,
    start: (next: TestLead) => {
      setLead(next)
      setAnswers([])
    },
    answer: (index: number, answer: CallAnswer) =>
      setAnswers((old) => [...old.slice(0, index), answer]),
    back: () => setAnswers((old) => old.slice(0, -1)),
    restart: () => setAnswers([]),
    changeLead: () => {
      setLead(null)
      setAnswers([])
    },
  }
}
