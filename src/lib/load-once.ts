/**
 * `load` run at most once at a time and once for good: every call shares the same promise, and
 * after a failure (offline, say) the next call runs `load` again instead of keeping the failure.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null
      throw error
    }))
}
