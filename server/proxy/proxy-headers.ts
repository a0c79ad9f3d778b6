/**
 * Only these browser headers travel to the upstream API. An allow-list, not a deny-list: the
 * browser's Authorization and Cookie, the SSO proxy's identity and access-token headers, and
 * anything added later by a front proxy stay behind by default.
 */
const REQUEST_HEADERS_TO_UPSTREAM = [
  'accept',
  'accept-language',
  'content-type',
  'if-match',
  'if-none-match',
  'if-modified-since',
  // The built-in/standalone mock's per-request latency and fault switches (harmless elsewhere).
  'x-mock-delay-ms',
  'x-mock-faults',
]

/** Upstream answer headers the browser may see; Set-Cookie and server internals are dropped. */
const RESPONSE_HEADERS_TO_BROWSER = [
  'content-type',
  'etag',
  'last-modified',
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
]

type HeaderSource = { get(name: string): string | null }

export function upstreamRequestHeaders(
  incoming: HeaderSource,
  apiKey: string,
  requestId: string,
): Headers {
  const headers = new Headers()
  for (const name of REQUEST_HEADERS_TO_UPSTREAM) {
    const value = incoming.get(name)
    if (value !== null) headers.set(name, value)
  }
  headers.set('authorization', `Bearer ${apiKey}`)
  headers.set('x-request-id', requestId)
  headers.set('user-agent', 'workflow-console-server')
  return headers
}

/** Content-Length/Encoding are left out on purpose: fetch already decoded the body. */
export function browserResponseHeaders(upstream: HeaderSource, requestId: string): Headers {
  const headers = new Headers()
  for (const name of RESPONSE_HEADERS_TO_BROWSER) {
    const value = upstream.get(name)
    if (value !== null) headers.set(name, value)
  }
  headers.set('cache-control', 'no-store')
  headers.set('x-request-id', requestId)
  return headers
}

/** `/tools/workflows/v1/workflows?page=2` → `https://api.example.com/v1/workflows?page=2`. */
export function upstreamUrl(upstreamBase: string, basePath: string, requestUrl: string): string {
  const url = new URL(requestUrl)
  const apiPath = url.pathname.slice(basePath.length - 1)
  return `${upstreamBase}${apiPath}${url.search}`
}
