import { onlineManager, useQueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'

/**
 * Offline, TanStack Query pauses requests; paused changes are sent when the network returns.
 * The banner says how many changes are really waiting, and promises nothing when none is.
 */
export function OfflineBanner() {
  const queryClient = useQueryClient()
  const online = useSyncExternalStore(
    (notify) => onlineManager.subscribe(notify),
    () => onlineManager.isOnline(),
    () => true,
  )
  const mutations = queryClient.getMutationCache()
  const waiting = useSyncExternalStore(
    (notify) => mutations.subscribe(notify),
    () => mutations.getAll().filter((m) => m.state.isPaused && m.state.status === 'pending').length,
    () => 0,
  )
  return (
    <div role="status" aria-live="polite">
      {online ? (
        waiting ? (
          <p className="bg-sky-100 px-4 py-2 text-center text-sm font-medium text-sky-950">
            Back online: sending {waiting === 1 ? '1 change' : `${waiting} changes`} made while
            offline…
          </p>
        ) : null
      ) : (
        <p className="bg-amber-100 px-4 py-2 text-center text-sm font-medium text-amber-950">
          You are offline. What you see may be out of date.{' '}
          {waiting
            ? `${waiting === 1 ? '1 change waits' : `${waiting} changes wait`} and will be sent when the connection returns.`
            : 'Changes cannot be saved until the connection returns; nothing you type is lost.'}
        </p>
      )}
    </div>
  )
}
