import { useSyncExternalStore } from 'react'
import { currentTimeZone, subscribeTimeZone } from './time-zone-store'

/** The zone times are shown in; components re-render when the setting changes (in any tab). */
export function useTimeZone(): string {
  return useSyncExternalStore(subscribeTimeZone, currentTimeZone, () => 'UTC')
}
