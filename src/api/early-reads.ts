/**
 * Answers to GET requests started before the app's code had loaded (the route-preload script,
 * scripts/route-preload.ts, for the reads in app/early-reads.ts). Each is taken once, by the
 * first request for the same address, and only while the page is young: later reads ask again.
 */
export type EarlyReads = { startedAt: number; responses: Record<string, Promise<Response>> }

declare global {
  interface Window {
    __earlyReads?: EarlyReads
  }
}

/** After this the answers are too old to stand for a fresh read. */
export const EARLY_READS_FRESH_MS = 10_000

/** The early answer for `url` (absolute), if there is one; it is not given out twice. */
export function takeEarlyRead(url: string): Promise<Response> | undefined {
  const early = typeof window === 'undefined' ? undefined : window.__earlyReads
  const response = early?.responses[url]
  if (!early || !response) return undefined
  delete early.responses[url]
  return performance.now() - early.startedAt <= EARLY_READS_FRESH_MS ? response : undefined
}

/** `response`, or the abort of `signal` (the request's timeout or its caller) if that comes first. */
export function untilAborted(response: Promise<Response>, signal: AbortSignal): Promise<Response> {
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    response.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}
