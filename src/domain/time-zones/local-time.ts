const HOUR_MS = 3_600_000
const formatters = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(zone: string) {
  let f = formatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
    formatters.set(zone, f)
  }
  return f
}

/** Minutes to add to UTC for `zone` at `ms` (+330 for India). */
export function offsetMinutes(zone: string, ms: number): number {
  const p: Record<string, number> = {}
  for (const part of partsFormatter(zone).formatToParts(ms))
    if (part.type !== 'literal') p[part.type] = Number(part.value)
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0)
  return Math.round((asUtc - Math.floor(ms / 60_000) * 60_000) / 60_000)
}

const DAY_MS = 24 * HOUR_MS

/**
 * Offsets remembered per zone: the forecast asks for the local time of every call. A zone's
 * offset is read once a day, and hour by hour only on a day whose end differs from its start
 * (a daylight-saving change, which happens on the hour).
 */
export function createOffsetCache() {
  const byZone = new Map<string, Map<number, number>>()
  const sample = (zone: string, key: number, at: number) => {
    let known = byZone.get(zone)
    if (!known) {
      known = new Map()
      byZone.set(zone, known)
    }
    let offset = known.get(key)
    if (offset === undefined) {
      offset = offsetMinutes(zone, at)
      known.set(key, offset)
    }
    return offset
  }
  return (zone: string, ms: number): number => {
    const day = Math.floor(ms / DAY_MS)
    // Day keys are negative so they never meet the (positive) hour keys.
    const start = sample(zone, -day - 1, day * DAY_MS)
    if (start === sample(zone, -day - 2, (day + 1) * DAY_MS)) return start
    const hour = Math.floor(ms / HOUR_MS)
    return sample(zone, hour, hour * HOUR_MS + HOUR_MS / 2)
  }
}

/** "Thursday 4 Dec, 10:00" in `zone`. */
export function formatLocalDateTime(ms: number, zone: string): string {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'long',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]))
  return `${p.weekday} ${p.day} ${p.month}, ${p.hour}:${p.minute}`
}
