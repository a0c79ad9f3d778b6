const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
})

/** Dense tables leave out the year; the full date is in `formatDateTime`. */
const compact = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
})

/** `iso` formatted, or an em dash when the server gave no time (or an unreadable one). */
function formatIso(iso: string | undefined | null, format: (date: Date) => string): string {
  if (!iso) return '—'
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '—' : format(date)
}

/** `3 Nov 2026, 14:05 UTC`. */
export const formatDateTime = (iso: string | undefined | null) =>
  formatIso(iso, (date) => `${dateTime.format(date)} UTC`)

/** `3 Nov, 14:05`. */
export const formatDateTimeCompact = (iso: string | undefined | null) =>
  formatIso(iso, (date) => compact.format(date))

export function formatCount(n: number | undefined | null): string {
  return n === undefined || n === null ? '—' : n.toLocaleString('en-GB')
}
