import { notifyManager, QueryClient } from '@tanstack/react-query'
import { isRetryable } from '../api/api-error'

// Cache writes reach components in a microtask instead of the default setTimeout(0), so an
// optimistic update made in a click handler is painted in the very next frame.
notifyManager.setScheduler(queueMicrotask)

const MAX_RETRIES = 3

/** Retry only network errors, 429 and 5xx, with exponential backoff (contract §1.3). */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (failureCount, error) => failureCount < MAX_RETRIES && isRetryable(error),
        retryDelay: (attempt, error) => {
          const retryAfter = (error as { retryAfterSeconds?: number }).retryAfterSeconds
          if (retryAfter) return retryAfter * 1000
          return Math.min(500 * 2 ** attempt, 8_000)
        },
      },
      mutations: { retry: false },
    },
  })
}
