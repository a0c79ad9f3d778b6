const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
})

/** `3 Nov 2026, 14:05 UTC`, or an em dash when the server gave no time. */
export function formatDateTime(iso: string | undefined | null): string {
  if (!iso) return '—'
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '—' : `${dateTime.format(date)} UTC`
}

export function formatCount(n: number | undefined | null): string {
  return n === undefined || n === null ? '—' : n.toLocaleString('en-GB')
}

const compact = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
})

/** `3 Nov, 14:05` for dense tables; the full date is in `formatDateTime`. */
export function formatDateTimeCompact(iso: string | undefined | null): string {
  if (!iso) return '—'
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '—' : compact.format(date)
}
