import { formatDateTime, formatDateTimeCompact, formatUtc } from '../../lib/format'
import { useTimeZone } from '../../lib/time-zone/use-time-zone'

/**
 * A time from the API in the chosen zone (the viewer's own by default), with UTC on hover.
 * `compact` leaves out the year and the zone name, for dense tables.
 */
export function DateTime({
  iso,
  compact = false,
}: {
  iso: string | undefined | null
  compact?: boolean
}) {
  const zone = useTimeZone()
  if (!iso) return <span>—</span>
  // The zone is not known yet (the first moments of a cold load): the time follows at once.
  if (zone === null) return <time dateTime={iso} />
  const shown = compact ? formatDateTimeCompact(iso, zone) : formatDateTime(iso, zone)
  if (shown === '—') return <span>—</span>
  return (
    <time
      dateTime={iso}
      title={`${formatUtc(iso)}${compact ? ` · ${formatDateTime(iso, zone)}` : ''}`}
    >
      {shown}
    </time>
  )
}
