import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Hono, type Context } from 'hono'
import type { ServerConfig } from './config/server-config'
import { clientAddress } from './http/client-address'
import { compressAnswers } from './http/compress'
import { crossSiteMessage, crossSiteRefusal, ownOrigins } from './http/cross-site'
import { errorResponse } from './http/error-envelope'
import { readRequestBody, rebuildRequest } from './http/request-body'
import { hasMalformedPercentEncoding, MALFORMED_URL_MESSAGE } from '../src/domain/url-check'
import { checkReadiness } from './proxy/readiness'
import { formatRequestLog, pickRequestId } from './http/request-log'
import { BASE_SECURITY_HEADERS } from './http/security-headers'
import { readSignedInUser } from './identity/signed-in-user'
import { createTrustedProxyMatcher } from './identity/trusted-proxies'
import { answerFromBuiltInMock } from './proxy/built-in-mock'
import { proxyToUpstream } from './proxy/upstream-proxy'
import { renderIndexHtml } from './static/index-html'
import { mountStaticRoutes } from './static/static-routes'
import type { AppEnv } from './app-env'
import { actorFor } from './history/actor'
import type { History } from './history/history-service'
import { createHistoryRoutes } from './history/history-routes'
import type { ApiReader } from './history/recorder'

export type AppOptions = {
  config: ServerConfig
  /** The TCP peer of a request (injected so tests can play a proxy or a stranger). */
  remoteAddress: (c: Context<AppEnv>) => string | undefined
  log?: (line: string) => void
  /** The history store; without it writes are passed on unrecorded (some tests). */
  history?: History
}

/** How many times a header arrived on the socket (Node's `rawHeaders`); 1 without a socket. */
function countRawHeader(c: Context<AppEnv>, name: string): number {
  const raw = (c.env as { incoming?: { rawHeaders?: string[] } } | undefined)?.incoming?.rawHeaders
  if (!raw) return 1
  let count = 0
  for (let i = 0; i < raw.length; i += 2) if (raw[i]?.toLowerCase() === name) count++
  return count
}

const MAX_API_BODY_BYTES = 20 * 1024 * 1024

async function readIndexTemplate(staticDir: string): Promise<string> {
  try {
    return await readFile(join(staticDir, 'index.html'), 'utf8')
  } catch {
    throw new Error(
      `No built app in ${staticDir} (index.html missing): run \`npm run build\` first`,
    )
  }
}

/** The production server: the built app, `/v1/*` (proxy or built-in mock), session and health. */
export async function createProductionApp({
  config,
  remoteAddress,
  log = console.log,
  history,
}: AppOptions) {
  const base = config.basePath
  const isTrustedProxy = createTrustedProxyMatcher(config.trustedProxies)
  const indexHtml = renderIndexHtml(await readIndexTemplate(config.staticDir), base)
  const app = new Hono<AppEnv>()

  app.use('*', async (c, next) => {
    const started = performance.now()
    const remote = remoteAddress(c)
    const trusted = isTrustedProxy(remote)
    c.set('remoteAddress', remote)
    c.set('fromTrustedProxy', trusted)
    c.set('requestId', pickRequestId(c.req.header('x-request-id'), trusted))
    c.set(
      'user',
      readSignedInUser({
        remoteAddress: remote,
        isTrustedProxy,
        header: (name) => c.req.header(name),
        headerCount: (name) => countRawHeader(c, name),
        headerNames: config.identityHeaders,
      }),
    )
    await next()
    for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS))
      c.res.headers.set(name, value)
    c.res.headers.set('x-request-id', c.get('requestId'))
    const user = c.get('user')
    log(
      formatRequestLog({
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        durationMs: performance.now() - started,
        requestId: c.get('requestId'),
        remoteAddress: clientAddress(remote, c.req.header('x-forwarded-for'), isTrustedProxy),
        peerAddress: remote,
        user: user ? (user.email ?? user.name) : null,
        upstreamStatus: c.get('upstreamStatus'),
        refused: c.get('refused'),
      }),
    )
  })

  const health = (c: Context<AppEnv>) =>
    c.json({ status: 'ok', api: config.api.kind }, 200, { 'Cache-Control': 'no-store' })
  app.get('/healthz', health)
  if (base !== '/') app.get(`${base}healthz`, health)
  // Liveness above says the process answers; readiness says whether the API behind it does.
  const ready = async (c: Context<AppEnv>) => {
    const readiness = await checkReadiness(config.api)
    return c.json(readiness, readiness.status === 'ready' ? 200 : 503, {
      'Cache-Control': 'no-store',
    })
  }
  app.get('/readyz', ready)
  if (base !== '/') app.get(`${base}readyz`, ready)

  // Every state-changing request, wherever it is routed, must come from the app's own pages.
  app.use('*', async (c, next) => {
    const header = (name: string) => c.req.header(name)
    const reason = crossSiteRefusal({
      method: c.req.method,
      header,
      ownOrigins: ownOrigins(c.req.url, header, c.get('fromTrustedProxy')),
    })
    if (!reason) return next()
    c.set('refused', reason)
    return errorResponse(403, crossSiteMessage(reason))
  })

  const actorOf = (c: Context<AppEnv>) =>
    actorFor(c.get('user'), { enabled: config.api.kind === 'mock', cookie: c.req.header('cookie') })
  app.get(`${base}__session`, (c) =>
    c.json({ user: c.get('user') }, 200, { 'Cache-Control': 'no-store' }),
  )

  if (history) {
    const contexts = new WeakMap<Request, Context<AppEnv>>()
    const routes = createHistoryRoutes(history.store, history.recorder, {
      actor: (request) => actorOf(contexts.get(request)!),
      reader: (request) => apiReader(request, contexts.get(request)!),
      requestId: (request) => contexts.get(request)?.get('requestId') ?? null,
      demo: (request) => config.api.kind === 'mock' && !contexts.get(request)!.get('user'),
    })
    app.all(`${base}console-api/history/*`, async (c) => {
      const url = new URL(c.req.url)
      url.pathname = url.pathname.slice(`${base}console-api/history`.length) || '/'
      const hasBody = c.req.method !== 'GET' && c.req.method !== 'HEAD'
      const inner = new Request(url, {
        method: c.req.method,
        headers: c.req.raw.headers,
        body: hasBody ? await c.req.arrayBuffer() : undefined,
      })
      contexts.set(inner, c)
      return routes.fetch(inner)
    })
  }

  app.use(`${base}v1/*`, compressAnswers())
  app.all(`${base}v1/*`, async (c) => {
    if (hasMalformedPercentEncoding(c.req.raw.url)) return errorResponse(400, MALFORMED_URL_MESSAGE)
    // Lead CSVs are the largest bodies the app sends; anything far bigger is refused here.
    const body = await readRequestBody(c.req.raw, MAX_API_BODY_BYTES)
    if (body.kind === 'too-large')
      return errorResponse(413, 'The request body is larger than 20 MB.')
    if (body.kind === 'broken')
      return errorResponse(400, 'The request body ended before it was complete.')
    const request = rebuildRequest(c.req.raw, body)
    const response = await answerRecorded(request, c, body.kind === 'body' ? body.bytes : null)
    if (c.req.method !== 'HEAD') return response
    await response.body?.cancel()
    return new Response(null, { status: response.status, headers: response.headers })
  })

  /** Writes go to the API first, then into the history; graph reads are checked for outside changes. */
  async function answerRecorded(request: Request, c: Context<AppEnv>, bytes: Uint8Array | null) {
    if (!history) return answerApi(request, c)
    const path = new URL(request.url).pathname.slice(`${base}v1/`.length)
    if (request.method === 'GET') {
      const response = await answerApi(request, c)
      history.recorder.observeRead({
        method: 'GET',
        path,
        status: response.status,
        read: apiReader(request, c),
      })
      return response
    }
    if (request.method === 'HEAD' || request.method === 'OPTIONS') return answerApi(request, c)
    let parsed: unknown = null
    if (bytes && request.headers.get('content-type')?.includes('json')) {
      try {
        parsed = JSON.parse(new TextDecoder().decode(bytes))
      } catch {
        parsed = null
      }
    }
    return history.recorder.write({
      method: request.method,
      path,
      body: parsed,
      actor: actorOf(c),
      requestId: c.get('requestId'),
      read: apiReader(request, c),
      send: () => answerApi(request, c),
    })
  }

  /** GETs the history needs (the graph before and after a write), on the same path as the browser's. */
  function apiReader(original: Request, c: Context<AppEnv>): ApiReader {
    return async (path) => {
      const request = new Request(new URL(`${base}v1/${path}`, original.url), {
        headers: { accept: 'application/json' },
      })
      const response =
        config.api.kind === 'mock'
          ? await answerFromBuiltInMock(request)
          : (await proxyToUpstream(request, { ...config.api, basePath: base }, c.get('requestId')))
              .response
      const body: unknown = await response.json().catch(() => null)
      return { status: response.status, body }
    }
  }

  async function answerApi(request: Request, c: Context<AppEnv>): Promise<Response> {
    if (config.api.kind === 'mock') return answerFromBuiltInMock(request)
    const { response, upstreamStatus } = await proxyToUpstream(
      request,
      { ...config.api, basePath: base },
      c.get('requestId'),
    )
    c.set('upstreamStatus', upstreamStatus)
    return response
  }

  mountStaticRoutes(app, {
    basePath: base,
    staticDir: config.staticDir,
    indexHtml,
    frameAncestors: config.frameAncestors,
  })

  app.notFound((c) => c.text('Not found', 404))
  app.onError((error, c) => {
    console.error(
      JSON.stringify({ level: 'error', request_id: c.get('requestId'), error: error.message }),
    )
    if (c.req.path.startsWith(`${base}v1/`))
      return errorResponse(500, 'The server failed to handle the request.')
    return c.text('Internal server error', 500)
  })
  return app
}
