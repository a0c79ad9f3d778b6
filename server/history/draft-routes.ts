import { Hono } from 'hono'
import { z } from 'zod'
import { graphSnapshotSchema as snapshotSchema } from '../../src/domain/graph-diff/snapshot-schema'
import {
  createDraftEdge,
  createDraftNode,
  deleteDraftEdge,
  deleteDraftNode,
  DraftEditError,
  draftFromLive,
  updateDraftNode,
  type DraftGraph,
} from '../../src/domain/drafts/draft-edits'
import { objectOf, type GraphSnapshot } from '../../src/domain/graph-diff/snapshot'
import { authorOf, sameAuthor, type Draft, type DraftStore } from './draft-store'
import type { Actor, HistoryStore } from './history-store'
import type { HistoryRouteContext } from './history-routes'
import type { Recorder } from './recorder'

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  })
const ERRORS: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
}
const problem = (status: number, message: string) =>
  json({ statusCode: status, message, error: ERRORS[status] ?? 'Error' }, status)

const LIVE = new Set(['active', 'paused', 'running'])

const rebaseBody = z.object({
  baseGraph: snapshotSchema,
  graph: snapshotSchema,
  revision: z.number().int(),
})
const publishedBody = z.object({ name: z.string().trim().min(1).max(120).optional() })

const whoText = (author: { email: string | null; name: string | null }) =>
  author.name ?? author.email ?? 'someone'

/** What the browser sees of a draft: who, since when, how big, whether it may edit it. */
function view(draft: Draft, actor: Actor) {
  return {
    workflowId: draft.workflowId,
    author: draft.author,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    revision: draft.revision,
    stepCount: draft.graph.nodes.length,
    connectionCount: draft.graph.edges.length,
    editable: actor.kind === 'person' && sameAuthor(draft.author, authorOf(actor)),
    baseGraph: draft.baseGraph,
    graph: { nodes: draft.graph.nodes, edges: draft.graph.edges },
  }
}

const list = <T>(data: T[]) => ({
  data,
  meta: { page: 1, limit: Math.max(data.length, 1), total: data.length, totalPages: 1 },
})

/**
 * Drafts of live workflows (`…/console-api/history/workflows/{id}/draft…`): one per workflow,
 * kept in the history database, edited through the same node and edge endpoints as DialNexa's
 * (contract §5), so the canvas edits a draft exactly as it edits the live graph. Only the
 * author (or whoever takes it over, recorded in the activity) writes to it.
 */
export function createDraftRoutes(
  drafts: DraftStore,
  store: HistoryStore,
  recorder: Recorder,
  ctx: HistoryRouteContext,
) {
  const app = new Hono()

  async function note(request: Request, workflowId: string, action: string, summary: string) {
    await store.recordActivity({
      workflowId,
      at: new Date(),
      actor: ctx.actor(request),
      action,
      summary,
      outcome: 'accepted',
      apiStatus: null,
      apiMessage: null,
      requestId: ctx.requestId(request),
    })
  }

  /** Runs an edit of the draft for its author; the edit's own refusals become API-like errors. */
  async function edit(
    request: Request,
    workflowId: string,
    change: (graph: DraftGraph) => { graph: DraftGraph; result: unknown },
    status = 200,
  ) {
    const actor = ctx.actor(request)
    const current = await drafts.get(workflowId)
    if (!current) return problem(404, 'This workflow has no draft.')
    if (actor.kind !== 'person' || !sameAuthor(current.author, authorOf(actor)))
      return problem(
        403,
        `Only ${whoText(current.author)} edits this draft; take it over to edit it.`,
      )
    let result: unknown
    try {
      await drafts.update(workflowId, (draft) => {
        const out = change(draft.graph)
        result = out.result
        return { graph: out.graph }
      })
    } catch (error) {
      if (error instanceof DraftEditError) return problem(error.status, error.message)
      throw error
    }
    return json(result, status)
  }

  app.get('/workflows/:id/draft', async (c) => {
    const draft = await drafts.get(c.req.param('id'))
    return json({ draft: draft ? view(draft, ctx.actor(c.req.raw)) : null })
  })

  app.post('/workflows/:id/draft', async (c) => {
    const workflowId = c.req.param('id')
    const actor = ctx.actor(c.req.raw)
    if (actor.kind !== 'person')
      return problem(403, 'Sign in to start a draft: a draft needs an author.')
    const existing = await drafts.get(workflowId)
    if (existing)
      return problem(409, `${whoText(existing.author)} already has a draft of this workflow.`)
    const reader = ctx.reader(c.req.raw)
    const workflow = await reader(`workflows/${encodeURIComponent(workflowId)}`)
    const status = String(objectOf(workflow.body)?.status ?? '')
    if (workflow.status !== 200) return problem(404, 'The workflow could not be read from the API.')
    if (!LIVE.has(status))
      return problem(
        409,
        'Only an active or paused workflow is edited as a draft; edit a draft workflow directly.',
      )
    const live = await recorder.readGraph(reader, workflowId)
    if (!live) return problem(404, 'The workflow\u2019s graph could not be read from the API.')
    const created = await drafts.create(workflowId, authorOf(actor), live, draftFromLive(live))
    if (!created) return problem(409, 'Someone started a draft of this workflow a moment ago.')
    await note(c.req.raw, workflowId, 'draft.start', 'started a draft')
    return json({ draft: view(created, actor) }, 201)
  })

  app.delete('/workflows/:id/draft', async (c) => {
    const workflowId = c.req.param('id')
    const actor = ctx.actor(c.req.raw)
    const draft = await drafts.get(workflowId)
    if (!draft) return problem(404, 'This workflow has no draft.')
    if (actor.kind !== 'person' || !sameAuthor(draft.author, authorOf(actor)))
      return problem(
        403,
        `Only ${whoText(draft.author)} can discard this draft; take it over first.`,
      )
    await drafts.remove(workflowId)
    await note(c.req.raw, workflowId, 'draft.discard', 'discarded the draft')
    return json({ message: 'Draft discarded.' })
  })

  app.post('/workflows/:id/draft/takeover', async (c) => {
    const workflowId = c.req.param('id')
    const actor = ctx.actor(c.req.raw)
    if (actor.kind !== 'person') return problem(403, 'Sign in to take over a draft.')
    const before = await drafts.get(workflowId)
    if (!before) return problem(404, 'This workflow has no draft.')
    const draft = await drafts.update(workflowId, () => ({ author: authorOf(actor) }))
    if (!draft) return problem(404, 'This workflow has no draft.')
    await note(
      c.req.raw,
      workflowId,
      'draft.takeover',
      `took over the draft from ${whoText(before.author)}`,
    )
    return json({ draft: view(draft, actor) })
  })

  app.put('/workflows/:id/draft/base', async (c) => {
    const workflowId = c.req.param('id')
    const body = rebaseBody.safeParse(await c.req.json().catch(() => null))
    if (!body.success)
      return problem(
        400,
        'Send the new base graph, the rebased draft graph and the draft\u2019s revision.',
      )
    const actor = ctx.actor(c.req.raw)
    const draft = await drafts.get(workflowId)
    if (!draft) return problem(404, 'This workflow has no draft.')
    if (actor.kind !== 'person' || !sameAuthor(draft.author, authorOf(actor)))
      return problem(
        403,
        `Only ${whoText(draft.author)} edits this draft; take it over to edit it.`,
      )
    if (draft.revision !== body.data.revision)
      return problem(409, 'The draft changed since it was read; open it again.')
    const updated = await drafts.update(workflowId, (d) => ({
      baseGraph: body.data.baseGraph as GraphSnapshot,
      graph: {
        ...(body.data.graph as GraphSnapshot),
        issued: d.graph.issued + body.data.graph.nodes.length + body.data.graph.edges.length,
      },
    }))
    await note(
      c.req.raw,
      workflowId,
      'draft.rebase',
      'brought the draft up to date with the live workflow',
    )
    return json({ draft: view(updated!, actor) })
  })

  /** The browser applied the draft to the live graph: keep it as a named version, end the draft. */
  app.post('/workflows/:id/draft/published', async (c) => {
    const workflowId = c.req.param('id')
    const body = publishedBody.safeParse(await c.req.json().catch(() => ({})))
    const actor = ctx.actor(c.req.raw)
    const draft = await drafts.get(workflowId)
    if (!draft) return problem(404, 'This workflow has no draft.')
    if (actor.kind !== 'person' || !sameAuthor(draft.author, authorOf(actor)))
      return problem(403, `Only ${whoText(draft.author)} can publish this draft.`)
    const live = await recorder.readGraph(ctx.reader(c.req.raw), workflowId)
    if (!live) return problem(404, 'The workflow\u2019s graph could not be read from the API.')
    const at = new Date()
    const name =
      (body.success && body.data.name) || `Published draft of ${at.toISOString().slice(0, 10)}`
    const { version } = await store.recordGraph({
      workflowId,
      graph: live,
      at,
      actor,
      kind: 'named',
      name,
    })
    await drafts.remove(workflowId)
    await store.recordActivity({
      workflowId,
      at,
      actor,
      action: 'draft.publish',
      summary: `published the draft as “${name}”`,
      outcome: 'accepted',
      apiStatus: null,
      apiMessage: null,
      requestId: ctx.requestId(c.req.raw),
      versionId: version.id,
    })
    return json({ version })
  })

  // The DialNexa graph endpoints, on the draft.
  app.get('/workflows/:id/draft/nodes', async (c) => {
    const draft = await drafts.get(c.req.param('id'))
    return draft ? json(list(draft.graph.nodes)) : problem(404, 'This workflow has no draft.')
  })
  app.get('/workflows/:id/draft/edges', async (c) => {
    const draft = await drafts.get(c.req.param('id'))
    return draft ? json(list(draft.graph.edges)) : problem(404, 'This workflow has no draft.')
  })
  app.post('/workflows/:id/draft/nodes', async (c) => {
    const body: unknown = await c.req.json().catch(() => null)
    return edit(
      c.req.raw,
      c.req.param('id'),
      (g) => {
        const out = createDraftNode(g, body)
        return { graph: out.graph, result: out.node }
      },
      201,
    )
  })
  app.patch('/workflows/:id/draft/nodes/:nodeId', async (c) => {
    const body: unknown = await c.req.json().catch(() => null)
    return edit(c.req.raw, c.req.param('id'), (g) => {
      const out = updateDraftNode(g, c.req.param('nodeId'), body)
      return { graph: out.graph, result: out.node }
    })
  })
  app.delete('/workflows/:id/draft/nodes/:nodeId', (c) =>
    edit(c.req.raw, c.req.param('id'), (g) => ({
      graph: deleteDraftNode(g, c.req.param('nodeId')),
      result: { message: 'Node deleted.' },
    })),
  )
  app.post('/workflows/:id/draft/edges', async (c) => {
    const body: unknown = await c.req.json().catch(() => null)
    return edit(
      c.req.raw,
      c.req.param('id'),
      (g) => {
        const out = createDraftEdge(g, body)
        return { graph: out.graph, result: out.edge }
      },
      201,
    )
  })
  app.delete('/workflows/:id/draft/edges/:edgeId', (c) =>
    edit(c.req.raw, c.req.param('id'), (g) => ({
      graph: deleteDraftEdge(g, c.req.param('edgeId')),
      result: { message: 'Edge deleted.' },
    })),
  )

  return app
}
