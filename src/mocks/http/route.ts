import { http, HttpResponse, type HttpHandler } from 'msw'
import { MockApiError } from '../errors'
import { decideFault, parseFaultPatch, type FaultStore } from '../faults'
import type { Random } from '../random'
import { errorResponse, json } from './respond'

export type RouteArgs = { request: Request; params: Record<string, string>; url: URL }
export type Resolver = (args: RouteArgs) => unknown

export type RouteOptions = {
  /** Answer 401 when `Authorization: Bearer <token>` is missing (standalone server). */
  requireAuth: boolean
  /** Base delay for every answer; `x-mock-delay-ms` overrides it per request. */
  latencyMs: number
  faults: FaultStore
  random: Random
}

type Method = 'get' | 'post' | 'patch' | 'delete'

const HANG_LIMIT_MS = 5 * 60_000

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      resolve()
    })
  })

function hasBearer(request: Request): boolean {
  return /^Bearer\s+\S+/i.test(request.headers.get('authorization') ?? '')
}

function stringParams(params: Record<string, string | readonly string[] | undefined>) {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string') out[key] = decodeURIComponent(value)
  }
  return out
}

function effectiveFaults(options: RouteOptions, request: Request) {
  const header = request.headers.get('x-mock-faults')
  const base = options.faults.get()
  if (!header) return base
  try {
    return { ...base, ...parseFaultPatch(JSON.parse(header)).patch }
  } catch {
    return base
  }
}

function delayFor(options: RouteOptions, request: Request, faultLatency: number): number {
  const header = Number(request.headers.get('x-mock-delay-ms'))
  if (request.headers.has('x-mock-delay-ms') && Number.isFinite(header) && header >= 0)
    return header
  return faultLatency || options.latencyMs
}

/**
 * Builds MSW handlers that only translate HTTP: auth, latency and faults first, then the
 * resolver; `MockApiError`s become the contract's error envelope. Paths are matched as
 * `*\/v1/...` so the same handlers work at any origin.
 */
export function createRouter(options: RouteOptions) {
  const wrap =
    (resolver: Resolver, { privateRoute }: { privateRoute: boolean }) =>
    async ({
      request,
      params,
    }: {
      request: Request
      params: Record<string, string | readonly string[] | undefined>
    }) => {
      if (!privateRoute) {
        const faults = effectiveFaults(options, request)
        const fault = decideFault(faults, request.method, options.random)
        if (fault.kind === 'offline') return HttpResponse.error()
        if (fault.kind === 'hang') {
          await sleep(HANG_LIMIT_MS, request.signal)
          return errorResponse(504, 'Injected fault: the request hung.')
        }
        const delay = delayFor(options, request, faults.latencyMs)
        if (delay > 0) await sleep(delay, request.signal)
        if (options.requireAuth && !hasBearer(request)) return errorResponse(401, 'Unauthorized')
        if (fault.kind === 'status') return errorResponse(fault.status, fault.message)
      } else if (options.requireAuth && !hasBearer(request)) {
        return errorResponse(401, 'Unauthorized')
      }
      try {
        const result = await resolver({
          request,
          params: stringParams(params),
          url: new URL(request.url),
        })
        return result instanceof Response ? result : json(result)
      } catch (error) {
        if (error instanceof MockApiError)
          return errorResponse(error.status, error.messages, error.extra)
        const message = error instanceof Error ? error.message : String(error)
        return errorResponse(500, `Mock server error: ${message}`)
      }
    }

  const route =
    (method: Method) =>
    (path: string, resolver: Resolver): HttpHandler =>
      http[method](`*/v1${path}`, wrap(resolver, { privateRoute: path.startsWith('/__mock') }))

  return { get: route('get'), post: route('post'), patch: route('patch'), delete: route('delete') }
}

export type Router = ReturnType<typeof createRouter>
