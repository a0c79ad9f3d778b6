import { useQuery } from '@tanstack/react-query'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { resourceQueries } from '../../api/resources'
import { useStartInstant } from '../../api/start-instant'
import { Button } from '../../components/ui/button'
import { templateVariables } from '../../domain/node-config'
import { text } from '../../domain/step-semantics/config-readers'
import { timeZoneOfPhone } from '../../domain/time-zones/phone-time-zone'
import { TestRunTimeline } from './test-run-timeline'
import { LeadChooser } from './lead-chooser'
import { useTestRun } from './use-test-run'
import { walkPath } from './walk/walk'

export type TestRunPath = ReturnType<typeof walkPath>

type Props = {
  workflowId: string
  graph: WorkflowGraph
  /** The path to light up on the canvas; `null` when the panel closes. */
  onPath: (path: TestRunPath | null) => void
  onClose: () => void
}

const BUILTINS = new Set(['caller_number', 'call_id', 'agent_id', 'agent_name', 'phone_number'])

/** One lead walked through the graph, step by step; nothing is written and no call is placed. */
export default function TestRunPanel({ workflowId, graph, onPath, onClose }: Props) {
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const startAt = useStartInstant()
  const run = useTestRun(graph, startAt)
  const agents = useQuery(resourceQueries.agents())
  const numbers = useQuery(resourceQueries.phoneNumbers())
  const resources = useMemo(
    () => ({ agents: agents.data ?? [], numbers: numbers.data ?? [] }),
    [agents.data, numbers.data],
  )
  const promptVariables = useMemo(() => {
    const ids = new Set(graph.nodes.map((n) => text(n.config, 'agent_id')))
    const names = resources.agents
      .filter((a) => ids.has(a.id))
      .flatMap((a) => a.templates.flatMap(templateVariables))
    return [...new Set(names)].filter((n) => !BUILTINS.has(n))
  }, [graph, resources.agents])
  const [announce, setAnnounce] = useState('')

  useEffect(() => heading.current?.focus(), [])
  useEffect(() => {
    onPath(run.walk ? walkPath(run.walk) : null)
  }, [run.walk, onPath])
  useEffect(() => () => onPath(null), [onPath])

  const zone = run.lead ? timeZoneOfPhone(run.lead.phoneNumber) : null
  return (
    <section
      aria-labelledby={headingId}
      className="flex min-h-0 flex-col gap-3 overflow-y-auto p-3"
      data-testid="test-run"
    >
      <div className="flex items-start justify-between gap-2">
        <h2
          id={headingId}
          ref={heading}
          tabIndex={-1}
          className="text-base font-semibold text-slate-900 focus:outline-none"
        >
          Test run
        </h2>
        <Button size="sm" variant="ghost" onClick={onClose}>
          Close test run
        </Button>
      </div>
      <p className="text-sm text-slate-700">
        Walks one lead through the steps. No call is placed and nothing is saved.
      </p>
      {!run.lead || !run.walk || !zone ? (
        <LeadChooser
          workflowId={workflowId}
          extraVariables={promptVariables}
          onStart={(lead) => {
            run.start(lead)
            setAnnounce('Test run started.')
          }}
        />
      ) : (
        <>
          <p className="text-sm text-slate-800">
            Lead <strong>{run.lead.phoneNumber}</strong>, local time zone {zone.zone}
            {zone.approximate ? ' (approximate)' : ''}.
          </p>
          <div className="flex flex-wrap gap-2" role="group" aria-label="Test run controls">
            <Button
              size="sm"
              disabled={run.answers.length === 0}
              onClick={() => {
                run.back()
                setAnnounce('Went back one answer.')
              }}
            >
              Back
            </Button>
            <Button
              size="sm"
              disabled={run.answers.length === 0}
              onClick={() => {
                run.restart()
                setAnnounce('Test run restarted from the entry step.')
              }}
            >
              Restart
            </Button>
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                run.changeLead()
                heading.current?.focus()
              }}
            >
              Another lead
            </Button>
          </div>
          <TestRunTimeline
            graph={graph}
            walk={run.walk}
            answers={run.answers}
            lead={run.lead}
            zone={zone.zone}
            resources={resources}
            onAnswer={run.answer}
          />
        </>
      )}
      <p role="status" className="sr-only">
        {announce}
      </p>
    </section>
  )
}
