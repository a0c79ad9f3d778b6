import type { ForecastResult } from './simulation/forecast-types'
import { formatCount } from '../../lib/format'

const HOUR_MS = 3_600_000
const WINDOW_HOURS = 4

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
})
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
})
const pad = (n: number) => String(n).padStart(2, '0')
const plural = (n: number, one: string, many = `${one}s`) =>
  `${formatCount(n)} ${n === 1 ? one : many}`

/** `Wed 2 Dec, 14:00 UTC`. */
export const formatForecastTime = (ms: number) => `${timeFormat.format(ms)} UTC`
export const formatHourStart = (startAt: number, hour: number) =>
  formatForecastTime(startAt + hour * HOUR_MS)
export const minuteText = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`

/** The busiest UTC day and, in it, the four hours with most calls. */
function busiest(result: ForecastResult) {
  const { calls } = result.hours
  const byDay = new Map<number, number[]>()
  calls.forEach((n, h) => {
    const at = result.startAt + h * HOUR_MS
    const day = Math.floor(at / 86_400_000)
    const list = byDay.get(day) ?? new Array<number>(24).fill(0)
    list[new Date(at).getUTCHours()] = (list[new Date(at).getUTCHours()] ?? 0) + n
    byDay.set(day, list)
  })
  const days = [...byDay.entries()]
  let best: { day: number; hours: number[]; order: number } | null = null
  days.forEach(([day, hours], order) => {
    const total = hours.reduce((s, n) => s + n, 0)
    if (!best || total > best.hours.reduce((s, n) => s + n, 0)) best = { day, hours, order }
  })
  if (!best) return null
  const { day, hours, order } = best as { day: number; hours: number[]; order: number }
  // The window starts at a busy hour and ends after its last busy hour, so it is as tight as it can be.
  let from = 0
  let most = -1
  for (let h = 0; h < 24; h++) {
    if (!hours[h]) continue
    const sum = hours.slice(h, h + WINDOW_HOURS).reduce((s, n) => s + n, 0)
    if (sum > most) {
      most = sum
      from = h
    }
  }
  let to = Math.min(24, from + WINDOW_HOURS)
  while (to > from + 1 && !hours[to - 1]) to -= 1
  return { dayNumber: order + 1, date: dayFormat.format(day * 86_400_000), from, to }
}

/** The forecast in a few sentences, for under the chart. */
export function forecastSentences(
  result: ForecastResult,
  days: number,
  window: { startMinute: number; endMinute: number },
): string[] {
  const t = result.totals
  if (t.leads === 0) return ['There are no leads to forecast.']
  const sentences: string[] = []
  const peak = t.calls > 0 ? busiest(result) : null
  sentences.push(
    peak
      ? `Most calls go out on day ${peak.dayNumber} (${peak.date}) between ${pad(peak.from)}:00 and ${pad(peak.to)}:00 UTC; ${plural(t.calls, 'call')} in all, ${plural(t.callMinutes, 'call minute')}.`
      : `No call goes out in the next ${plural(days, 'day')}.`,
  )
  sentences.push(
    t.waitedOverAnHour > 0
      ? `${plural(t.waitedOverAnHour, 'lead waits', 'leads wait')} more than an hour for a free line.`
      : 'No lead waits more than an hour for a free line.',
  )
  sentences.push(
    result.finishAt !== null
      ? `The last lead is expected to finish on ${formatForecastTime(result.finishAt)}: ${plural(t.converted, 'lead')} converted, ${formatCount(t.dropped)} dropped${t.stuck ? `, ${formatCount(t.stuck)} left on a step no connection leads out of` : ''}.`
      : `${plural(t.unfinished, 'lead is', 'leads are')} still in the workflow after ${plural(days, 'day')}; by then ${formatCount(t.converted)} converted and ${formatCount(t.dropped)} dropped.`,
  )
  const span = `${minuteText(window.startMinute)}–${minuteText(window.endMinute)}`
  sentences.push(
    t.outsideWindow > 0
      ? `${plural(t.outsideWindow, 'call rings', 'calls ring')} outside ${span} in the lead’s own time.`
      : `Every call rings between ${span} in the lead’s own time.`,
  )
  return sentences
}

/** The hourly figures as CSV (RFC 4180; times in UTC ISO 8601). */
export function forecastCsv(result: ForecastResult): string {
  const rows = ['hour_start_utc,calls_started,peak_lines_in_use,leads_queueing,call_minutes']
  result.hours.calls.forEach((calls, h) => {
    rows.push(
      [
        new Date(result.startAt + h * HOUR_MS).toISOString(),
        calls,
        result.hours.peakLines[h] ?? 0,
        result.hours.queueing[h] ? 'yes' : 'no',
        result.hours.callMinutes[h] ?? 0,
      ].join(','),
    )
  })
  return `${rows.join('\r\n')}\r\n`
}
