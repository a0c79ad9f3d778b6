import { Hono } from 'hono'
import { getResponse, type RequestHandler } from 'msw'
import { z } from 'zod'
import { hasMalformedPercentEncoding, MALFORMED_URL_MESSAGE } from '../../src/domain/url-check'
import { errorResponse } from '../http/error-envelope'
import { createRequestJournal } from './request-journal'

const denySchema = z.object({
  status: z.union([z.literal(401), z.literal(403), z.null()]),
  /** Only these methods are refused (default: all). */
  methods: z.array(z.string().toUpperCase()).optional(),
})

type Denial = z.output<typeof denySchema>

/**
 * The mock API over HTTP: the same MSW handlers (store, state machine, scheduler) that Vite
 * dev/preview and the production server use, plus test controls outside `/v1`:
 * - `GET/DELETE /__control/requests`: what arrived (method, path, key fingerprint, cookies);
 * - `POST /__control/deny {status: 401|403|null, methods?}`: play an expired session or a key
 *   without permission, as an SSO proxy or the real API would.
 */
export function createMockServerApp(handlers: RequestHandler[]) {
  const journal = createRequestJournal()
  let denial: Denial = { status: null }
  const app = new Hono()

  app.get('/healthz', (c) => c.json({ status: 'ok', api: 'mock' }))
  app.get('/__control/requests', (c) => c.json({ requests: journal.list() }))
  app.delete('/__control/requests', (c) => {
    journal.clear()
    return c.body(null, 204)
  })
  app.post('/__control/deny', async (c) => {
    const parsed = denySchema.safeParse(await c.req.json().catch(() => null))
    if (!parsed.success)
      return errorResponse(
        400,
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      )
    denial = parsed.data
    return c.json(denial)
  })

  app.all('/v1/*', async (c) => {
    const request = c.req.raw
    if (hasMalformedPercentEncoding(request.url)) return errorResponse(400, MALFORMED_URL_MESSAGE)
    journal.record(request)
    const isPrivate = c.req.path.startsWith('/v1/__mock')
    const denied = denial.status && (!denial.methods || denial.methods.includes(request.method))
    if (denied && !isPrivate)
      return errorResponse(
        denial.status ?? 401,
        denial.status === 401 ? 'Unauthorized' : 'Forbidden resource',
      )
    const response = await getResponse(handlers, request)
    if (!response) return errorResponse(404, `Cannot ${request.method} ${c.req.path}`)
    // The mock's "offline" fault: drop the answer as a dead server would (a 502 at a proxy).
    if (response.type === 'error') return errorResponse(502, 'Injected fault: connection dropped.')
    return response
  })

  app.onError((error) => {
    console.error(error)
    return errorResponse(500, `Mock server error: ${error.message}`)
  })
  app.notFound(() => errorResponse(404, 'Not found: the mock API lives under /v1'))
  return app
}
