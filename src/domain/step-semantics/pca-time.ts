/**
 * A small parser for post-call-analysis callback times (contract §7.4). Times are read in the
 * agents' timezone, India (UTC+05:30, no DST). Returns epoch ms, or null when unparseable.
 */
const IST_OFFSET_MS = 330 * 60_000
const DAY_MS = 86_400_000

function wallClock(ms: number) {
  const shifted = new Date(ms + IST_OFFSET_MS)
  return {
    dayStart:
      Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()) -
      IST_OFFSET_MS,
  }
}

function hourOf(hour: number, minute: number, meridiem: string | undefined): number | null {
  if (minute > 59) return null
  if (!meridiem) return hour <= 23 ? hour : null
  if (hour < 1 || hour > 12) return null
  const h = hour % 12
  return meridiem.toLowerCase() === 'pm' ? h + 12 : h
}

export function parseCallbackTime(value: unknown, nowMs: number): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value !== 'string') return null
  const input = value.trim().toLowerCase()

  const exact = /^(\d{4})-(\d{2})-(\d{2})[ t](\d{1,2}):(\d{2})$/.exec(input)
  if (exact) {
    const [, y, mo, d, h, mi] = exact.map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ]
    return Date.UTC(y, mo - 1, d, h, mi) - IST_OFFSET_MS
  }
  const inHours = /^in (\d+) (hour|hours|minute|minutes)$/.exec(input)
  if (inHours)
    return nowMs + Number(inHours[1]) * (inHours[2]?.startsWith('hour') ? 3_600_000 : 60_000)

  const timeOfDay = /^(tomorrow |evening |)(\d{1,2})(?::(\d{2}))? ?(am|pm)?$/.exec(input)
  if (!timeOfDay) return null
  const [, prefix, hourText, minuteText, meridiem] = timeOfDay
  const eveningHour = prefix === 'evening ' && !meridiem ? Number(hourText) + 12 : null
  const hour = eveningHour ?? hourOf(Number(hourText), Number(minuteText ?? 0), meridiem)
  if (hour === null || hour > 23) return null
  const { dayStart } = wallClock(nowMs)
  const at = dayStart + hour * 3_600_000 + Number(minuteText ?? 0) * 60_000
  if (prefix === 'tomorrow ') return at + DAY_MS
  return at > nowMs ? at : at + DAY_MS
}
