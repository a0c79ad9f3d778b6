import { join } from 'node:path'
import { getRequestListener } from '@hono/node-server'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { crossSiteMessage, crossSiteRefusal, ownOrigins } from '../http/cross-site'
import { errorResponse } from '../http/error-envelope'
import { actorFor } from './actor'
import { openHistory, type History } from './history-service'
import { createHistoryRoutes } from './history-routes'
import { readHistorySettings } from './history-settings'
import type { ApiReader } from './recorder'

type Answer = (request: Request) => Promise<Response | undefined>

/**
 * The history in `vite dev` / `vite preview` (loaded by the mock plugin): the same store
 * (embedded in `data/` unless DATA_DIR or DATABASE_URL say otherwise), the same recorder and the
 * same `/console-api/history` routes as the production server. The built-in mock always
 * answers here, so the demo person comes from the `wc_demo_user` cookie.
 */
export async function createDevHistory(root: string) {
  const history: History = await openHistory(readHistorySettings(process.env, join(root, 'data')))
  const actorOf = (request: Request) =>
    actorFor(null, { enabled: true, cookie: request.headers.get('cookie') })

  function readerFor(answer: Answer, original: Request): ApiReader {
    return async (path) => {
      const response = await answer(
        new Request(new URL(`/v1/${path}`, original.url), { headers: { accept: 'application/json' } }),
      )
      if (!response || response.type === 'error') return { status: 502, body: null }
      return { status: response.status, body: await response.json().catch(() => null) }
    }
  }

  /** Answers a `/v1` request through `answer` (the mock), recording writes and noticing outside changes. */
  async function answerRecorded(request: Request, answer: Answer): Promise<Response | undefined> {
    const path = new URL(request.url).pathname.replace(/^\/v1\//, '')
    if (request.method === 'GET') {
      const response = await answer(request)
      if (response && response.type !== 'error')
        history.recorder.observeRead({ method: 'GET', path, status: response.status, read: readerFor(answer, request) })
      return response
    }
    if (request.method === 'HEAD' || request.method === 'OPTIONS') return answer(request)
    const text = await request.clone().text().catch(() => '')
    let body: unknown = null
    if (request.headers.get('content-type')?.includes('json')) {
      try {
        body = JSON.parse(text)
      } catch {
        body = null
      }
    }
    let unmatched = false
    const response = await history.recorder.write({
      method: request.method,
      path,
      body,
      actor: actorOf(request),
      requestId: null,
      read: readerFor(answer, request),
      send: async () => {
        const r = await answer(request)
        if (r) return r
        unmatched = true
        return errorResponse(404, `Cannot ${request.method} ${new URL(request.url).pathname}`)
      },
    })
    return unmatched ? undefined : response
  }

  function consoleApi(answer: Answer) {
    const routes = createHistoryRoutes(history.store, history.recorder, {
      actor: actorOf,
      reader: (request) => readerFor(answer, request),
      requestId: () => null,
      demo: () => true,
    })
    const listener = getRequestListener(async (request) => {
      const header = (name: string) => request.headers.get(name) ?? undefined
      const reason = crossSiteRefusal({ method: request.method, header, ownOrigins: ownOrigins(request.url, header, false) })
      if (reason) return errorResponse(403, crossSiteMessage(reason))
      const url = new URL(request.url)
      url.pathname = url.pathname.replace(/^\/console-api\/history/, '') || '/'
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
      return routes.fetch(
        new Request(url, { method: request.method, headers: request.headers, body: hasBody ? await request.arrayBuffer() : undefined }),
      )
    })
    return (req: IncomingMessage, res: ServerResponse) => {
      // Connect strips the mount path from `url`; the listener needs the whole one.
      req.url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url
      void listener(req, res)
    }
  }

  return { history, answerRecorded, consoleApi }
}
