import { useId } from 'react'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { Button } from '../../components/ui/button'
import { CallsChart } from './calls-chart'
import {
  forecastCsv,
  forecastSentences,
  formatForecastTime,
  formatHourStart,
} from './forecast-words'
import type { CallingWindow, ForecastResult } from './simulation/forecast-types'
import { formatCount } from '../../lib/format'

type Props = {
  result: ForecastResult
  graph: WorkflowGraph
  concurrency: number
  days: number
  window: CallingWindow
  workflowTitle: string
}

function downloadCsv(result: ForecastResult, name: string) {
  const url = URL.createObjectURL(new Blob([forecastCsv(result)], { type: 'text/csv' }))
  const link = document.createElement('a')
  link.href = url
  link.download = `${name.replace(/[^\w-]+/g, '-').toLowerCase()}-forecast.csv`
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

const shareText = (shares: Record<string, number>) =>
  Object.entries(shares)
    .map(([output, share]) => `${output} ${Math.round(share * 100)} %`)
    .join(', ')

/** Chart, the words under it, the totals, the calling-window check, the table and the CSV. */
export function ForecastResults({
  result,
  graph,
  concurrency,
  days,
  window,
  workflowTitle,
}: Props) {
  const id = useId()
  const t = result.totals
  const busyHours = result.hours.calls
    .map((calls, h) => ({ h, calls }))
    .filter(({ h, calls }) => calls > 0 || result.hours.queueing[h])
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label || n.nodeType]))
  return (
    <div className="flex flex-col gap-4">
      <figure className="flex flex-col gap-2" aria-labelledby={`${id}-caption`}>
        <CallsChart result={result} concurrency={concurrency} />
        <figcaption
          id={`${id}-caption`}
          className="flex flex-col gap-1 text-sm text-slate-900"
          data-testid="forecast-summary"
        >
          {forecastSentences(result, days, window).map((s) => (
            <p key={s}>{s}</p>
          ))}
        </figcaption>
      </figure>
      <dl
        className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4"
        aria-label="Forecast totals"
      >
        {[
          [
            'Last lead finishes',
            result.finishAt === null
              ? `not within ${days} days`
              : formatForecastTime(result.finishAt),
          ],
          ['Converted', formatCount(t.converted)],
          ['Dropped', formatCount(t.dropped)],
          ['Call minutes', formatCount(t.callMinutes)],
          ['Calls', formatCount(t.calls)],
          ['Leads', formatCount(t.leads)],
          ['Wait over an hour for a line', formatCount(t.waitedOverAnHour)],
          ['Still moving at the end', formatCount(t.unfinished)],
        ].map(([term, value]) => (
          <div key={term} className="flex flex-col">
            <dt className="text-slate-600">{term}</dt>
            <dd
              className="font-semibold text-slate-900"
              data-testid={`forecast-${term?.toLowerCase().replace(/\W+/g, '-')}`}
            >
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby={`${id}-window`} className="flex flex-col gap-1">
        <h3 id={`${id}-window`} className="text-sm font-semibold text-slate-900">
          Calling-window check
        </h3>
        <p className="text-sm text-slate-700">
          Each lead’s time zone comes from its phone number
          {t.approximateZones > 0
            ? `; for ${formatCount(t.approximateZones)} leads it is approximate (a country or area code spanning several zones).`
            : '.'}
        </p>
        {result.outsideWindow.length === 0 ? (
          <p className="text-sm text-slate-800">No forecast call falls outside the window.</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {result.outsideWindow.map((day) => (
              <li key={day.date}>
                <strong>{day.date}</strong>: {formatCount(day.calls)} calls outside the window, to{' '}
                {day.leads
                  .map((l) => `${l.phoneNumber} (${l.zone}${l.approximate ? ', approximate' : ''})`)
                  .join(', ')}
                {day.moreLeads > 0 ? ` and ${formatCount(day.moreLeads)} more leads` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${id}-rates`} className="flex flex-col gap-1">
        <h3 id={`${id}-rates`} className="text-sm font-semibold text-slate-900">
          Where the rates come from
        </h3>
        <ul className="text-sm text-slate-800">
          {Object.entries(result.rates).map(([stepId, rates]) => (
            <li key={stepId}>
              {labels.get(stepId) ?? stepId}:{' '}
              {rates.source === 'history'
                ? `this workflow’s history (${rates.samples} finished visits): `
                : 'assumed: '}
              {shareText(rates.shares)}
              {rates.completedCallMinutes !== undefined
                ? `; completed calls last ${rates.completedCallMinutes.toFixed(1)} min`
                : ''}
            </li>
          ))}
        </ul>
      </section>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-slate-900">
          The numbers as a table ({busyHours.length} hours with calls or queueing)
        </summary>
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">Forecast per hour (UTC)</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col">Hour (UTC)</th>
              <th scope="col">Calls started</th>
              <th scope="col">Most lines in use</th>
              <th scope="col">Leads queue</th>
              <th scope="col">Call minutes</th>
            </tr>
          </thead>
          <tbody>
            {busyHours.map(({ h, calls }) => (
              <tr key={h} className="border-b border-slate-100">
                <th scope="row" className="font-normal">
                  {formatHourStart(result.startAt, h)}
                </th>
                <td>{calls}</td>
                <td>{result.hours.peakLines[h]}</td>
                <td>{result.hours.queueing[h] ? 'yes' : 'no'}</td>
                <td>{result.hours.callMinutes[h]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <div>
        <Button onClick={() => downloadCsv(result, workflowTitle)}>Download CSV</Button>
      </div>
    </div>
  )
}
