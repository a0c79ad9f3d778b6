import { currentTimeZone } from './time-zone/time-zone-store'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(zone: string, kind: 'full' | 'compact' | 'zone'): Intl.DateTimeFormat {
  const key = `${zone}|${kind}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(
      'en-GB',
      kind === 'zone'
        ? { timeZone: zone, timeZoneName: 'short', hour: '2-digit' }
        : {
            day: 'numeric',
            month: 'short',
            ...(kind === 'full' ? { year: 'numeric' } : {}),
            hour: '2-digit',
            minute: '2-digit',
            timeZone: zone,
          },
    )
    formatters.set(key, f)
  }
  return f
}

/** `iso` formatted, or an em dash when the server gave no time (or an unreadable one). */
function formatIso(iso: string | undefined | null, format: (date: Date) => string): string {
  if (!iso) return '—'
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '—' : format(date)
}

/** The zone's short name at that moment: `UTC`, `GMT+5:30`, `BST`. */
export function zoneName(zone: string, date = new Date()): string {
  const part = formatter(zone, 'zone')
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')
  return part?.value ?? zone
}

/** `3 Nov 2026, 19:35 GMT+5:30`, in the chosen zone (the viewer's own by default). */
export const formatDateTime = (iso: string | undefined | null, zone = currentTimeZone()) =>
  formatIso(iso, (date) => `${formatter(zone, 'full').format(date)} ${zoneName(zone, date)}`)

/** `3 Nov, 19:35`: dense tables leave out the year and the zone (named in the column header). */
export const formatDateTimeCompact = (iso: string | undefined | null, zone = currentTimeZone()) =>
  formatIso(iso, (date) => formatter(zone, 'compact').format(date))

/** `3 Nov 2026, 14:05 UTC`: shown on hover. */
export const formatUtc = (iso: string | undefined | null) => formatDateTime(iso, 'UTC')

export { formatCount } from '../domain/format-count'
