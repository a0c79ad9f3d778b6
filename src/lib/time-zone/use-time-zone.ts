import { useSyncExternalStore } from 'react'
import { shownTimeZone, subscribeTimeZone } from './time-zone-store'

/**
 * The zone times are shown in; components re-render when the setting changes (in any tab).
 * `null` for a moment on a cold load, until the page is first idle (`deferTimeZoneUntilIdle`).
 */
export function useTimeZone(): string | null {
  return useSyncExternalStore(subscribeTimeZone, shownTimeZone, () => 'UTC')
}
