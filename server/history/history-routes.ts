import { Hono } from 'hono'
import { z } from 'zod'
import { describeChange } from '../../src/domain/activity/words'
import { DEMO_USER_COOKIE, DEMO_USERS } from '../../src/domain/demo-users'
import type { Actor, HistoryStore } from './history-store'
import type { ApiReader, Recorder } from './recorder'
import { createDraftRoutes } from './draft-routes'
import { createDraftStore } from './draft-store'

export type HistoryRouteContext = {
  actor: (request: Request) => Actor
  reader: (request: Request) => ApiReader
  requestId: (request: Request) => string | null
  /**
   * The built-in mock answers and no SSO identity came with the request: the browser may pick one
   * of the demo people (a signed-in person is always named as themselves).
   */
  demo: (request: Request) => boolean
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  })
const problem = (status: number, message: string) =>
  json({ statusCode: status, message, error: status === 404 ? 'Not Found' : 'Bad Request' }, status)

const activityQuery = z.object({
  workflow: z.string().min(1).max(200).optional(),
  person: z.string().min(1).max(300).optional(),
  action: z.string().regex(/^[a-z.]{1,40}$/).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
})

const nameBody = z.object({ name: z.string().trim().min(1, 'Give the version a name').max(120) })

/**
 * The console's own history API (`<base>console-api/history/…`): activity, versions, export.
 * Writes here pass the same cross-site checks as `/v1` writes (the server's middleware).
 */
export function createHistoryRoutes(store: HistoryStore, recorder: Recorder, ctx: HistoryRouteContext) {
  const app = new Hono()

  /** Whom the history will name for this browser, and (in the demo) whom it may play instead. */
  app.get('/me', (c) =>
    json({
      actor: ctx.actor(c.req.raw),
      demo: ctx.demo(c.req.raw) ? { cookie: DEMO_USER_COOKIE, people: DEMO_USERS } : null,
    }),
  )

  app.get('/activity', async (c) => {
    const parsed = activityQuery.safeParse(c.req.query())
    if (!parsed.success) return problem(400, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
    const q = parsed.data
    const page = await store.listActivity({
      workflowId: q.workflow, person: q.person, action: q.action,
      from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined,
      before: q.before, limit: q.limit,
    })
    return json(page)
  })

  app.get('/people', async (c) => json({ people: await store.listPeople(c.req.query('workflow') || undefined) }))

  app.get('/workflows/:id/versions', async (c) => json({ versions: await store.listVersions(c.req.param('id')) }))

  app.get('/workflows/:id/versions/:versionId', async (c) => {
    const versionId = Number(c.req.param('versionId'))
    const version = Number.isInteger(versionId) ? await store.getVersion(c.req.param('id'), versionId) : null
    return version ? json(version) : problem(404, 'No such version of this workflow.')
  })

  app.get('/workflows/:id/versions/:versionId/export', async (c) => {
    const workflowId = c.req.param('id')
    const versionId = Number(c.req.param('versionId'))
    const version = Number.isInteger(versionId) ? await store.getVersion(workflowId, versionId) : null
    if (!version) return problem(404, 'No such version of this workflow.')
    const file = {
      format: 'workflow-console.graph',
      formatVersion: 1,
      exportedAt: new Date().toISOString(),
      source: { workflowId, versionId: version.id, versionName: version.name, versionAt: version.updatedAt },
      graph: version.graph,
    }
    const response = json(file)
    response.headers.set('content-disposition', `attachment; filename="${workflowId.replace(/[^\w.-]/g, '_')}-v${version.id}.json"`)
    return response
  })

  app.post('/workflows/:id/versions', async (c) => {
    const body = nameBody.safeParse(await c.req.json().catch(() => null))
    if (!body.success) return problem(400, body.error.issues[0]?.message ?? 'Give the version a name')
    const workflowId = c.req.param('id')
    const graph = await recorder.readGraph(ctx.reader(c.req.raw), workflowId)
    if (!graph) return problem(404, 'The workflow\u2019s graph could not be read from the API.')
    const actor = ctx.actor(c.req.raw)
    const at = new Date()
    const { version } = await store.recordGraph({ workflowId, graph, at, actor, kind: 'named', name: body.data.name })
    await store.recordActivity({
      workflowId, at, actor, action: 'version.named', outcome: 'accepted',
      summary: describeChange({ kind: 'version.named', name: body.data.name }),
      apiStatus: null, apiMessage: null, requestId: ctx.requestId(c.req.raw), versionId: version.id,
    })
    return json(version, 201)
  })

  app.route('/', createDraftRoutes(createDraftStore(store.db), store, recorder, ctx))

  app.notFound(() => problem(404, 'No such history resource.'))
  return app
}
