import { errorResponse, isErrorEnvelope } from '../http/error-envelope'
import { browserResponseHeaders, upstreamRequestHeaders, upstreamUrl } from './proxy-headers'

export type UpstreamOptions = { url: string; apiKey: string; timeoutMs: number; basePath: string }

export type ProxyOutcome = { response: Response; upstreamStatus: number | null }

function causeCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause
  return typeof cause?.code === 'string' ? cause.code : undefined
}

/** An upstream failure that is not already the contract's envelope is turned into one. */
async function toEnvelopeIfNeeded(upstream: Response, headers: Headers): Promise<Response> {
  const text = await upstream.text()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    body = undefined
  }
  if (isErrorEnvelope(body)) return new Response(text, { status: upstream.status, headers })
  const status = upstream.status >= 400 ? upstream.status : 502
  const message =
    upstream.status >= 400
      ? `The API answered ${upstream.status} without the expected error body.`
      : `The API answered with an unexpected redirect (${upstream.status}).`
  const fallback = errorResponse(status, message)
  headers.forEach((value, name) => {
    if (name !== 'content-type') fallback.headers.set(name, value)
  })
  return fallback
}

/**
 * Sends one `/v1/*` request to the upstream API with the server's key. Timeouts, refusals and
 * malformed error bodies come back as the contract's error envelope, so the app shows one kind of
 * error whatever went wrong on the way.
 */
export async function proxyToUpstream(
  request: Request,
  options: UpstreamOptions,
  requestId: string,
): Promise<ProxyOutcome> {
  const timeout = AbortSignal.timeout(options.timeoutMs)
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
  let upstream: Response
  try {
    upstream = await fetch(upstreamUrl(options.url, options.basePath, request.url), {
      method: request.method,
      headers: upstreamRequestHeaders(request.headers, options.apiKey, requestId),
      body: hasBody ? request.body : undefined,
      redirect: 'manual',
      signal: AbortSignal.any([timeout, request.signal]),
      // Required by Node's fetch to stream a request body.
      ...(hasBody ? { duplex: 'half' } : {}),
    } as RequestInit)
  } catch (error) {
    if (timeout.aborted) {
      const seconds = Math.round(options.timeoutMs / 1000)
      return {
        response: errorResponse(504, `The API did not answer within ${seconds} s.`),
        upstreamStatus: null,
      }
    }
    const refused = causeCode(error) === 'ECONNREFUSED'
    const message = refused ? 'The API refused the connection.' : 'The API could not be reached.'
    return { response: errorResponse(502, message), upstreamStatus: null }
  }
  const headers = browserResponseHeaders(upstream.headers, requestId)
  if (upstream.status >= 300 && upstream.status !== 304) {
    return {
      response: await toEnvelopeIfNeeded(upstream, headers),
      upstreamStatus: upstream.status,
    }
  }
  return {
    response: new Response(upstream.body, { status: upstream.status, headers }),
    upstreamStatus: upstream.status,
  }
}
