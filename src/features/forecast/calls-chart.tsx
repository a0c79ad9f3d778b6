import 'uplot/dist/uPlot.min.css'
import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import type { ForecastResult } from './simulation/forecast-types'

const HOUR_S = 3600
const HEIGHT = 260
const QUEUE_FILL = 'rgba(217, 119, 6, 0.16)'
/** Hours drawn after the last one with calls or queueing, so a quiet tail does not flatten the bars. */
const TAIL_HOURS = 6
const MIN_HOURS = 24

const dayTick = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
})
const hourTick = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
})
/** Midnight ticks name the day (`3 Nov`), others the hour (`14:00`), both in UTC. */
const tickText = (seconds: number) =>
  seconds % 86_400 === 0 ? dayTick.format(seconds * 1000) : hourTick.format(seconds * 1000)

function shownHours(result: ForecastResult) {
  const { calls, queueing } = result.hours
  let last = calls.length - 1
  while (last > 0 && !calls[last] && !queueing[last]) last -= 1
  return Math.min(calls.length, Math.max(MIN_HOURS, last + 1 + TAIL_HOURS))
}

/** Shades the hours where leads wait for a free line, behind the series. */
function queueBands(queueing: readonly number[]): uPlot.Plugin {
  return {
    hooks: {
      drawClear: (u) => {
        const ctx = u.ctx
        const xs = u.data[0]
        ctx.save()
        ctx.fillStyle = QUEUE_FILL
        queueing.forEach((q, i) => {
          const x = xs[i]
          if (!q || x === undefined) return
          const left = u.valToPos(x, 'x', true)
          const right = u.valToPos(x + HOUR_S, 'x', true)
          ctx.fillRect(left, u.bbox.top, Math.max(1, right - left), u.bbox.height)
        })
        ctx.restore()
      },
    },
  }
}

type Props = { result: ForecastResult; concurrency: number }

/**
 * Calls started per hour (bars, left axis), the most lines in use in each hour and the
 * concurrency limit (right axis), with queueing hours shaded. The numbers are also in the
 * table next to it; the canvas itself is hidden from screen readers.
 */
export function CallsChart({ result, concurrency }: Props) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const el = box.current
    if (!el) return
    const start = Math.floor(result.startAt / 1000)
    const hours = shownHours(result)
    const xs = result.hours.calls.slice(0, hours).map((_, h) => start + h * HOUR_S)
    const data: uPlot.AlignedData = [
      xs,
      result.hours.calls.slice(0, hours),
      result.hours.peakLines.slice(0, hours),
      xs.map(() => concurrency),
    ]
    const lineMax = Math.max(concurrency, ...result.hours.peakLines) * 1.15
    const plot = new uPlot(
      {
        width: Math.max(320, el.clientWidth),
        height: HEIGHT,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        cursor: { drag: { x: false, y: false } },
        legend: { show: true, live: false },
        scales: { x: { time: true }, lines: { range: [0, lineMax] } },
        axes: [
          {
            stroke: '#334155',
            grid: { stroke: '#e2e8f0' },
            values: (_u, splits) => splits.map(tickText),
          },
          { label: 'Calls started per hour', stroke: '#334155', grid: { stroke: '#e2e8f0' } },
          {
            scale: 'lines',
            side: 1,
            label: 'Lines in use',
            stroke: '#334155',
            grid: { show: false },
          },
        ],
        series: [
          {},
          {
            label: 'Calls per hour',
            stroke: '#4338ca',
            fill: 'rgba(67, 56, 202, 0.55)',
            paths: uPlot.paths.bars?.({ size: [0.85, 40], align: 1 }),
            points: { show: false },
          },
          {
            label: 'Most lines in use',
            scale: 'lines',
            stroke: '#0f766e',
            width: 2,
            paths: uPlot.paths.stepped?.({ align: 1 }),
            points: { show: false },
          },
          {
            label: `Concurrency limit (${concurrency})`,
            scale: 'lines',
            stroke: '#b91c1c',
            width: 2,
            dash: [6, 4],
            points: { show: false },
          },
        ],
        plugins: [queueBands(result.hours.queueing)],
      },
      data,
      el,
    )
    const resize = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(320, el.clientWidth), height: HEIGHT }),
    )
    resize.observe(el)
    return () => {
      resize.disconnect()
      plot.destroy()
    }
  }, [result, concurrency])
  return (
    <div>
      <div ref={box} aria-hidden="true" data-testid="forecast-chart" className="w-full" />
      <p className="mt-1 flex items-center gap-2 text-xs text-slate-700">
        <span
          aria-hidden="true"
          className="inline-block h-3 w-5"
          style={{ background: QUEUE_FILL }}
        />
        Shaded: hours where leads queue for a free line. Times in UTC; the chart ends six hours
        after the last busy hour (the CSV has every hour).
      </p>
    </div>
  )
}
