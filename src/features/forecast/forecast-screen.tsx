import { useQuery } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState } from 'react'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { useStartInstant } from '../../api/start-instant'
import { statsQueries } from '../../api/stats'
import { Button } from '../../components/ui/button'
import { ForecastResults } from './forecast-results'
import { ForecastSettingsForm } from './forecast-settings'
import {
  initialSettings,
  keepConcurrencyLimit,
  toMinute,
  usableSettings,
} from './forecast-settings-model'
import { useForecastInput } from './use-forecast-input'
import { useForecastLeads } from './use-forecast-leads'
import { useForecastRun } from './use-forecast-run'
import { formatCount } from '../../lib/format'

type Props = {
  workflowId: string
  workflowTitle: string
  graph: WorkflowGraph
  onClose: () => void
}

/** What activation will do: all moving leads simulated over the next days. Writes nothing. */
export default function ForecastScreen({ workflowId, workflowTitle, graph, onClose }: Props) {
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const [settings, setSettings] = useState(initialSettings)
  const leads = useForecastLeads(workflowId)
  const stats = useQuery(statsQueries.stats(workflowId))
  const startAt = useStartInstant()
  const input = useForecastInput(graph, leads.data?.moving, stats.data, settings, startAt)
  const run = useForecastRun(input)
  const usable = usableSettings(settings)

  useEffect(() => heading.current?.focus(), [])
  useEffect(() => keepConcurrencyLimit(usable.concurrency), [usable.concurrency])

  return (
    <section
      aria-labelledby={headingId}
      className="flex min-h-0 flex-1 flex-col overflow-hidden bg-white"
      data-testid="forecast"
    >
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-2">
        <h2
          id={headingId}
          ref={heading}
          tabIndex={-1}
          className="text-base font-semibold text-slate-900 focus:outline-none"
        >
          Forecast
        </h2>
        <Button size="sm" onClick={onClose}>
          Back to the canvas
        </Button>
      </div>
      <div className="flex min-h-0 flex-1 overflow-hidden">
        <div className="w-80 shrink-0 overflow-y-auto border-r border-slate-200 p-4">
          <p className="mb-3 text-sm text-slate-700">
            {leads.data
              ? `${formatCount(leads.data.moving.length)} of ${formatCount(leads.data.enrolled)} enrolled leads are still moving; they are simulated from where they are now. Nothing is saved, no call is placed.`
              : 'Reading the enrolled leads…'}
          </p>
          <ForecastSettingsForm
            settings={settings}
            onChange={setSettings}
            typedLeads={leads.data?.moving.length === 0}
          />
        </div>
        <div className="min-w-0 flex-1 overflow-y-auto p-4">
          <p role="status" className="mb-2 text-sm text-slate-600">
            {run.running || (!run.result && !run.error)
              ? 'Simulating…'
              : run.result
                ? `Simulated ${formatCount(run.result.totals.leads)} leads over ${usable.days} days in ${run.result.elapsedMs} ms.`
                : ''}
          </p>
          {leads.isError || run.error ? (
            <p role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-900">
              The forecast could not be made: {run.error ?? 'the leads could not be read.'}
            </p>
          ) : null}
          {run.result ? (
            <ForecastResults
              result={run.result}
              graph={graph}
              concurrency={usable.concurrency}
              days={usable.days}
              window={{
                startMinute: toMinute(usable.windowStart),
                endMinute: toMinute(usable.windowEnd),
              }}
              workflowTitle={workflowTitle}
            />
          ) : null}
        </div>
      </div>
    </section>
  )
}
