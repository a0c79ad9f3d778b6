import { useId, useMemo, useState } from 'react'
import { zoneName } from '../../lib/format'
import { chosenTimeZone, setTimeZone, viewerTimeZone } from '../../lib/time-zone/time-zone-store'
import { useTimeZone } from '../../lib/time-zone/use-time-zone'

/** The agents' zone in the demo and the usual second choice of an Indian call centre. */
const SUGGESTED = ['UTC', 'Asia/Kolkata']
const VIEWER = ''

function allZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone')
  } catch {
    return SUGGESTED
  }
}

/** "Times in: your zone (Europe/London) / UTC / Asia/Kolkata / …": every time on screen follows. */
export function TimeZoneSetting() {
  const id = useId()
  const zone = useTimeZone()
  // Not known for a moment on a cold load (useTimeZone): the plain "Your time zone" until then.
  const viewer = zone === null ? null : viewerTimeZone()
  const chosen = zone === null ? null : chosenTimeZone()
  // The ~400 other zones are listed once the control is reached (focus, or the pointer going
  // down on it, before its list opens): every page load would otherwise build them for nothing.
  const [listed, setListed] = useState(false)
  const list = () => setListed(true)
  const others = useMemo(
    () =>
      listed
        ? allZones().filter((z) => z !== viewer && !SUGGESTED.includes(z))
        : chosen && chosen !== viewer && !SUGGESTED.includes(chosen)
          ? [chosen]
          : [],
    [listed, viewer, chosen],
  )
  return (
    <div className="flex items-center gap-1.5 text-xs text-slate-700">
      <label htmlFor={id}>Times in</label>
      <select
        id={id}
        className="h-11 max-w-44 rounded-md border border-slate-300 bg-white px-1.5 text-xs md:h-8"
        value={chosen ?? VIEWER}
        title={`Times are shown in ${zone === null ? 'your time zone' : `${zone} (${zoneName(zone)})`}; hover a time to see it in UTC.`}
        onChange={(e) => setTimeZone(e.target.value === VIEWER ? null : e.target.value)}
        onFocus={list}
        onPointerDown={list}
      >
        <option value={VIEWER}>Your time zone{viewer === null ? '' : ` (${viewer})`}</option>
        <optgroup label="Suggested">
          {SUGGESTED.filter((z) => z !== viewer).map((z) => (
            <option key={z} value={z}>
              {z === 'Asia/Kolkata' ? 'Asia/Kolkata (agents, India)' : z}
            </option>
          ))}
        </optgroup>
        {others.length > 0 && (
          <optgroup label="All time zones">
            {others.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  )
}
