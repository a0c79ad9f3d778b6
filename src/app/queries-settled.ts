import type { QueryClient } from '@tanstack/react-query'

/**
 * Resolves the first time no query is fetching. A screen's loader awaits only what it must (the
 * workflow); a big graph's further pages arrive after it, and work meant for after the load
 * (the time zone data) should not land between them. Never later than `maxWaitMs` (a request
 * retried with back-off, or one that never ends).
 */
export function whenQueriesSettle(client: QueryClient, maxWaitMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    let stop: (() => void) | null = null
    const done = () => {
      stop?.()
      stop = () => {}
      clearTimeout(timer)
      resolve()
    }
    const timer = setTimeout(done, maxWaitMs)
    stop = client.getQueryCache().subscribe(() => {
      if (client.isFetching() === 0) done()
    })
    if (client.isFetching() === 0) done()
  })
}
