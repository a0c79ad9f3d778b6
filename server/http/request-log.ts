export type RequestLogEntry = {
  method: string
  path: string
  status: number
  durationMs: number
  requestId: string
  /** The browser's address: from a trusted proxy's `X-Forwarded-For`, else the TCP peer. */
  remoteAddress: string | undefined
  /** The TCP peer (the front proxy, when there is one). */
  peerAddress: string | undefined
  user: string | null
  upstreamStatus?: number | null
  refused?: string
}

/**
 * One JSON line per request. Only the path is logged, never the query string or any header:
 * no key, cookie or token can end up in the logs.
 */
export function formatRequestLog(entry: RequestLogEntry, now = new Date()): string {
  return JSON.stringify({
    time: now.toISOString(),
    level: entry.status >= 500 ? 'error' : entry.status >= 400 ? 'warn' : 'info',
    method: entry.method,
    path: entry.path,
    status: entry.status,
    duration_ms: Math.round(entry.durationMs * 10) / 10,
    request_id: entry.requestId,
    remote: entry.remoteAddress ?? null,
    peer: entry.peerAddress ?? null,
    user: entry.user,
    ...(entry.upstreamStatus !== undefined ? { upstream_status: entry.upstreamStatus } : {}),
    ...(entry.refused ? { refused: entry.refused } : {}),
  })
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/

/** Reuses a front proxy's request id when it looks like one, so log lines can be joined. */
export function pickRequestId(incoming: string | null | undefined, trusted: boolean): string {
  if (trusted && incoming && REQUEST_ID.test(incoming)) return incoming
  return crypto.randomUUID()
}
