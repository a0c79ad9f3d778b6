import { APP_REQUEST_HEADER, APP_REQUEST_HEADER_VALUE } from '../lib/app-request-header'
import type { z } from 'zod'
import { env } from '../lib/env'
import { reportSessionExpired } from '../lib/session/events'
import { permissionMessage, SESSION_ENDED_MESSAGE } from '../lib/session/permission'
import { ApiError } from './api-error'
import { takeEarlyRead, untilAborted } from './early-reads'

type Query = Record<string, string | number | undefined | null>

export type RequestOptions<T extends z.ZodType> = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  query?: Query
  body?: unknown
  formData?: FormData
  schema: T
  signal?: AbortSignal
  /** `console`: the console server's own API (`<base>console-api/history`), e.g. drafts. */
  root?: 'api' | 'console'
}

const rootOf = (root: 'api' | 'console' | undefined) =>
  root === 'console'
    ? `${env.basePath.replace(/\/$/, '')}/console-api/history`
    : env.apiBaseUrl.replace(/\/$/, '')

/**
 * Set once at start-up by the app (main.tsx): extra per-tab headers (the demo's fault setting),
 * a per-tab timeout, and who to tell whether the server could be reached (offline detection).
 */
export type ApiClientHooks = {
  headers?: () => Record<string, string>
  timeoutMs?: () => number | undefined
  /** An HTTP answer came back (any status): the server is reachable. */
  onReached?: (path: string) => void
  /** The request failed at the network level (not a timeout, not cancelled by the caller). */
  onUnreachable?: (path: string) => void
}

let hooks: ApiClientHooks = {}

export function configureApiClient(next: ApiClientHooks) {
  hooks = next
}

function buildUrl(base: string, path: string, query: Query | undefined): string {
  const origin = typeof window !== 'undefined' ? window.location.origin : 'http://localhost'
  const url = new URL(`${base}${path}`, origin)
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '')
      url.searchParams.set(key, String(value))
  }
  return url.toString()
}

function messagesOf(body: unknown, fallback: string): { messages: string[]; error?: string } {
  if (body && typeof body === 'object') {
    const { message, error } = body as { message?: unknown; error?: unknown }
    const messages = Array.isArray(message)
      ? message.map(String)
      : typeof message === 'string'
        ? [message]
        : [fallback]
    return { messages, error: typeof error === 'string' ? error : undefined }
  }
  return { messages: [fallback] }
}

/**
 * 401 and 403 come from the SSO proxy as often as from the API, with bodies that say little
 * ("Unauthorized", an HTML page): the user gets one sentence that says what to do instead.
 */
function statusMessages(
  status: number,
  method: string,
  path: string,
  server: { messages: string[]; error?: string },
) {
  if (status === 401) return { ...server, messages: [SESSION_ENDED_MESSAGE] }
  if (status !== 403) return server
  const specific = server.messages.filter((m) => m.trim() && !/^forbidden\.?$/i.test(m.trim()))
  return { ...server, messages: [permissionMessage(method, path), ...specific] }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text()
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * The one way the app talks to the API: same-origin by default, JSON in and out, every body
 * parsed with zod, every failure turned into an `ApiError` that names the endpoint.
 */
export async function apiRequest<T extends z.ZodType>(
  path: string,
  options: RequestOptions<T>,
): Promise<z.output<T>> {
  const method = options.method ?? 'GET'
  const root = rootOf(options.root)
  const endpoint = `${method} ${root}${path}`
  const timeoutMs = hooks.timeoutMs?.() ?? env.apiTimeoutMs
  const timeout = AbortSignal.timeout(timeoutMs)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
  const tabHeaders = hooks.headers?.() ?? {}
  const headers: Record<string, string> = {
    ...tabHeaders,
    accept: 'application/json',
    // The production server refuses writes without it (cross-site request protection).
    [APP_REQUEST_HEADER]: APP_REQUEST_HEADER_VALUE,
  }
  let body: BodyInit | undefined
  if (options.formData) body = options.formData
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(options.body)
  }

  const url = buildUrl(root, path, options.query)
  // A read started before the app had loaded stands for this one if it was sent as this would
  // be: a GET with no header of this tab's own (the demo's fault setting).
  const early =
    method === 'GET' && Object.keys(tabHeaders).length === 0 ? takeEarlyRead(url) : undefined
  let response: Response
  try {
    response = await (early
      ? untilAborted(early, signal)
      : fetch(url, { method, headers, body, signal, credentials: 'same-origin' }))
  } catch (cause) {
    if (options.signal?.aborted) throw cause
    const timedOut = timeout.aborted
    if (!timedOut) hooks.onUnreachable?.(path)
    throw new ApiError({
      kind: timedOut ? 'timeout' : 'network',
      status: 0,
      messages: [
        timedOut
          ? `${endpoint} did not answer within ${Number((timeoutMs / 1000).toFixed(1))} s`
          : `${endpoint} could not be reached`,
      ],
      method,
      endpoint,
    })
  }

  hooks.onReached?.(path)
  const payload = await readJson(response)
  if (!response.ok) {
    if (response.status === 401) reportSessionExpired()
    const retryAfter = Number(response.headers.get('retry-after'))
    const server = messagesOf(payload, `${endpoint} failed with ${response.status}`)
    throw new ApiError({
      kind: 'http',
      status: response.status,
      ...statusMessages(response.status, method, path, server),
      method,
      endpoint,
      retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    })
  }

  const parsed = options.schema.safeParse(payload)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
    throw new ApiError({
      kind: 'parse',
      status: response.status,
      messages: [
        `Unexpected response from ${endpoint}${where}: ${issue?.message ?? 'invalid body'}`,
      ],
      method,
      endpoint,
    })
  }
  return parsed.data
}
