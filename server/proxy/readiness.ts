import type { ApiTarget } from '../config/server-config'

export type Readiness = {
  status: 'ready' | 'not-ready'
  api: 'mock' | 'upstream'
  reason?: string
  upstream_status?: number
}

const PROBE_TIMEOUT_MS = 3000

/**
 * Whether the API behind the console answers: a load balancer takes an instance out of rotation
 * on a 503 here, while `/healthz` (liveness) stays up so the process is not restarted for an
 * upstream outage. Any answer except 5xx, 401 and 403 counts as ready: the API is reachable and
 * accepts the server's key.
 */
export async function checkReadiness(api: ApiTarget): Promise<Readiness> {
  if (api.kind === 'mock') return { status: 'ready', api: 'mock' }
  try {
    const response = await fetch(`${api.url}/v1/workflows?limit=1`, {
      headers: { authorization: `Bearer ${api.apiKey}`, 'user-agent': 'workflow-console-server' },
      redirect: 'manual',
      signal: AbortSignal.timeout(Math.min(PROBE_TIMEOUT_MS, api.timeoutMs)),
    })
    await response.body?.cancel()
    const status = response.status
    if (status === 401 || status === 403)
      return {
        status: 'not-ready',
        api: 'upstream',
        upstream_status: status,
        reason: `The API refused the server's key (${status}).`,
      }
    if (status >= 500)
      return {
        status: 'not-ready',
        api: 'upstream',
        upstream_status: status,
        reason: `The API answered ${status}.`,
      }
    return { status: 'ready', api: 'upstream', upstream_status: status }
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError'
    return {
      status: 'not-ready',
      api: 'upstream',
      reason: timedOut ? 'The API did not answer in time.' : 'The API could not be reached.',
    }
  }
}
