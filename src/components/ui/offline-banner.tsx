import { onlineManager } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'

/** TanStack Query pauses requests while offline and resumes them when the network returns. */
export function OfflineBanner() {
  const online = useSyncExternalStore(
    (notify) => onlineManager.subscribe(notify),
    () => onlineManager.isOnline(),
    () => true,
  )
  return (
    <div role="status" aria-live="polite">
      {online ? null : (
        <p className="bg-amber-100 px-4 py-2 text-center text-sm font-medium text-amber-950">
          You are offline. Changes are paused and will be sent when the connection returns; what you
          see may be out of date.
        </p>
      )}
    </div>
  )
}
