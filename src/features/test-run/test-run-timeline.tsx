import { useEffect, useId, useState } from 'react'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { Button } from '../../components/ui/button'
import { formatLocalDateTime } from '../../domain/time-zones/local-time'
import { CallQuestion } from './call-question'
import { StepDetails, type Resources } from './step-details'
import { analysisFieldsAfter } from './walk/analysis-fields'
import type { CallAnswer, TestLead, Walk, WalkStep } from './walk/walk-types'

const ANSWER_WORDS: Record<CallAnswer['status'], string> = {
  completed: 'Completed',
  failed: 'Failed',
  no_answer: 'Did not pick up',
  busy: 'Busy',
  voicemail: 'Voicemail',
}
const STUCK_WORDS = {
  'no-entry':
    'The run cannot start: the graph needs exactly one step without incoming connections.',
  'no-matching-edge': 'No connection matches this result: the lead would stay on this step.',
  'missing-step': 'The connection leads to a step that no longer exists.',
  'too-many-steps': 'The run stopped after 200 steps: the graph loops without a call or a wait.',
}

// Steps are looked up by the list's id, not kept in refs: handlers and effects find them as they are.
const stepItem = (listId: string, i: number) =>
  document.getElementById(listId)?.querySelector<HTMLElement>(`:scope > li:nth-child(${i + 1})`)

type Props = {
  graph: WorkflowGraph
  walk: Walk
  answers: readonly CallAnswer[]
  lead: TestLead
  zone: string
  resources: Resources
  onAnswer: (index: number, answer: CallAnswer) => void
}

/** Each step with its time in the lead's zone; the open call asks for its outcome. */
export function TestRunTimeline({ graph, walk, answers, lead, zone, resources, onAnswer }: Props) {
  const [editing, setEditing] = useState<number | null>(null)
  const listId = useId()
  const stepCount = walk.steps.length
  // Focus follows the run: on start, after an answer, back or restart, the newest step is where
  // the person reads on (the control they used may have gone, or been disabled).
  useEffect(() => {
    stepItem(listId, stepCount - 1)?.focus()
  }, [listId, stepCount, answers])
  useEffect(() => {
    // The "Change answer" button that was pressed is gone: focus the answer it opened.
    if (editing === null) return
    document
      .getElementById(listId)
      ?.querySelector<HTMLInputElement>(`[data-answer-index="${editing}"] input:checked`)
      ?.focus()
  }, [listId, editing])
  const stopEditing = (stepIndex: number) => {
    setEditing(null)
    requestAnimationFrame(() => stepItem(listId, stepIndex)?.focus())
  }

  const question = (
    step: WalkStep,
    index: number,
    initial: CallAnswer | null,
    cancel?: () => void,
  ) => (
    <CallQuestion
      key={`${index}-${initial?.status ?? 'new'}`}
      fields={analysisFieldsAfter(graph, step.node.id, lead.variables)}
      initial={initial}
      onCancel={cancel}
      onAnswer={(answer) => {
        setEditing(null)
        onAnswer(index, answer)
      }}
    />
  )

  return (
    <>
      <ol
        id={listId}
        aria-label="Test run steps"
        className="flex flex-col gap-3 border-l-2 border-indigo-200 pl-3"
      >
        {walk.steps.map((step, i) => {
          const outcome = step.outcome.kind === 'call' ? step.outcome : null
          return (
            <li
              key={`${i}-${step.node.id}`}
              tabIndex={-1}
              className="flex flex-col gap-1 focus:outline-2 focus:outline-indigo-400"
              data-testid="test-run-step"
              data-answer-index={outcome?.answerIndex}
            >
              <p className="text-xs text-slate-600">
                <time dateTime={new Date(step.enteredAt).toISOString()}>
                  {formatLocalDateTime(step.enteredAt, zone)}
                </time>
              </p>
              <h3 className="text-sm font-semibold text-slate-900">
                {step.node.label || step.node.nodeType}{' '}
                <span className="font-normal text-slate-600">· {step.node.nodeType}</span>
              </h3>
              <StepDetails step={step} lead={lead} zone={zone} resources={resources} />
              {outcome?.answer && editing !== outcome.answerIndex ? (
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <span>
                    Simulated: <strong>{ANSWER_WORDS[outcome.answer.status]}</strong>
                    {Object.entries(outcome.answer.analysis)
                      .filter(([, v]) => v)
                      .map(([k, v]) => `, ${k} = ${v}`)
                      .join('')}
                  </span>
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => setEditing(outcome.answerIndex)}
                    aria-label={`Change the answer for ${step.node.label || 'this call'}`}
                  >
                    Change answer
                  </Button>
                </p>
              ) : null}
              {outcome?.answer && editing === outcome.answerIndex
                ? question(step, outcome.answerIndex, outcome.answer, () => stopEditing(i))
                : null}
              {outcome && !outcome.answer ? question(step, outcome.answerIndex, null) : null}
            </li>
          )
        })}
      </ol>
      {walk.end.kind === 'ended' ? (
        <p className="rounded-md bg-emerald-50 p-2 text-sm text-emerald-900" role="status">
          The run ends: the lead is {walk.end.as}.
        </p>
      ) : null}
      {walk.end.kind === 'stuck' ? (
        <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-900" role="status">
          {STUCK_WORDS[walk.end.reason]}
        </p>
      ) : null}
    </>
  )
}
