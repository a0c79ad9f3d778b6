import type { MoveProgress } from '../../../../api/graph-mutations'

/**
 * The progress of a running tidy-up, outside React state: only the progress bar follows each
 * saved step (useSyncExternalStore), not the whole canvas editor.
 */
export function createProgressStore() {
  let current: MoveProgress | null = null
  const listeners = new Set<() => void>()
  return {
    get: () => current,
    set(next: MoveProgress | null) {
      current = next
      for (const l of listeners) l()
    },
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}
export type ProgressStore = ReturnType<typeof createProgressStore>
