// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { SEED_WORKFLOWS, XSS_TITLE } from '../seed/workflows'
import { call, startMockServer } from '../test-utils'

const { runtime } = startMockServer()

describe('GET /workflows', () => {
  it('returns the first page of 20 with meta, newest first', async () => {
    const { status, body } = await call('GET', '/workflows')
    expect(status).toBe(200)
    const total = Object.keys(SEED_WORKFLOWS).length
    expect(body.meta).toEqual({ page: 1, limit: 20, total, totalPages: 1 })
    const dates = (body.data as { created_at: string }[]).map((w) => w.created_at)
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('refuses a limit above 100 with a 400 envelope', async () => {
    const { status, body } = await call('GET', '/workflows?limit=101')
    expect(status).toBe(400)
    expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request' })
    expect(body.message).toEqual(['limit must not be greater than 100'])
  })

  it('filters by a status list where active also matches the legacy running', async () => {
    const { body } = await call('GET', '/workflows?status=active&limit=100')
    const statuses = new Set((body.data as { status: string }[]).map((w) => w.status))
    expect(statuses).toEqual(new Set(['active', 'running']))
  })

  it('searches title, description and id case-insensitively', async () => {
    const byTitle = await call('GET', '/workflows?search=LOAN%20PRE-APPROVAL')
    expect((byTitle.body.data as { id: string }[]).map((w) => w.id)).toEqual([
      SEED_WORKFLOWS.nurture.id,
    ])
    const byId = await call('GET', `/workflows?search=${SEED_WORKFLOWS.kyc.id}`)
    expect((byId.body.data as { id: string }[]).map((w) => w.id)).toEqual([SEED_WORKFLOWS.kyc.id])
  })

  it('sorts by title ascending when asked in camelCase', async () => {
    const { body } = await call('GET', '/workflows?sortBy=title&sortOrder=ASC&limit=100')
    const titles = (body.data as { title?: string; name: string }[]).map((w) =>
      (w.title ?? w.name).toLowerCase(),
    )
    expect(titles).toEqual([...titles].sort())
  })

  it('serves the legacy seeds with their quirks', async () => {
    const running = await call('GET', `/workflows/${SEED_WORKFLOWS.legacyRunning.id}`)
    expect(running.body.status).toBe('running')
    const nameOnly = await call('GET', `/workflows/${SEED_WORKFLOWS.legacyName.id}`)
    expect(nameOnly.body).not.toHaveProperty('title')
    expect(nameOnly.body.name).toBe(SEED_WORKFLOWS.legacyName.title)
  })

  it('keeps a hostile title verbatim', async () => {
    const created = await call('POST', '/workflows', { title: XSS_TITLE })
    const { body } = await call('GET', `/workflows/${String(created.body.id)}`)
    expect(body.title).toBe(XSS_TITLE)
  })
})

describe('POST /workflows', () => {
  it('creates a trimmed draft with 201 and the superset shape', async () => {
    const { status, body } = await call('POST', '/workflows', {
      title: '  Fresh flow ',
      description: 'x',
    })
    expect(status).toBe(201)
    expect(body).toMatchObject({
      title: 'Fresh flow',
      name: 'Fresh flow',
      status: 'draft',
      node_count: 0,
    })
    expect(body.id).toMatch(/^wf_[a-z0-9]{12}$/)
    expect((await call('GET', `/workflows/${String(body.id)}`)).status).toBe(200)
  })

  it('accepts name when title is absent', async () => {
    const { status, body } = await call('POST', '/workflows', { name: 'Named' })
    expect(status).toBe(201)
    expect(body.title).toBe('Named')
  })

  it('refuses a blank title and a non-draft status with a message array', async () => {
    const { status, body } = await call('POST', '/workflows', { title: '   ', status: 'active' })
    expect(status).toBe(400)
    expect(body.message).toHaveLength(2)
  })

  it('refuses a title longer than 255 characters', async () => {
    const { status } = await call('POST', '/workflows', { title: 'x'.repeat(256) })
    expect(status).toBe(400)
  })
})

describe('PATCH /workflows/{id}', () => {
  it('answers 409 when the body carries status, even the current one', async () => {
    const { status, body } = await call('PATCH', `/workflows/${SEED_WORKFLOWS.siteVisit.id}`, {
      status: 'draft',
    })
    expect(status).toBe(409)
    expect(body.error).toBe('Conflict')
  })

  it('answers 400 for a body without an editable field', async () => {
    const { status } = await call('PATCH', `/workflows/${SEED_WORKFLOWS.siteVisit.id}`, {
      color: 'red',
    })
    expect(status).toBe(400)
  })

  it('renames a legacy name-only workflow and keeps serving it without title', async () => {
    const id = SEED_WORKFLOWS.legacyName.id
    const { status, body } = await call('PATCH', `/workflows/${id}`, { title: 'Renamed legacy' })
    expect(status).toBe(200)
    expect(body.name).toBe('Renamed legacy')
    expect(body).not.toHaveProperty('title')
  })

  it('answers 404 for an unknown id', async () => {
    const { status, body } = await call('PATCH', '/workflows/wf_doesnotexist', { title: 'x' })
    expect(status).toBe(404)
    expect(body.message).toMatch(/wf_doesnotexist/)
  })
})

describe('lifecycle endpoints', () => {
  it('answers 409 when pausing a draft', async () => {
    const { status, body } = await call('POST', `/workflows/${SEED_WORKFLOWS.siteVisit.id}/pause`)
    expect(status).toBe(409)
    expect(body).toMatchObject({ statusCode: 409, error: 'Conflict' })
  })

  it('tells the caller to resume when activating a paused workflow', async () => {
    const { status, body } = await call('POST', `/workflows/${SEED_WORKFLOWS.renewal.id}/activate`)
    expect(status).toBe(409)
    expect(body.message).toMatch(/resume/)
  })

  it('pauses and resumes the legacy running workflow, which stays running', async () => {
    const id = SEED_WORKFLOWS.legacyRunning.id
    expect((await call('POST', `/workflows/${id}/pause`)).body.status).toBe('paused')
    expect((await call('POST', `/workflows/${id}/resume`)).body.status).toBe('running')
  })

  it('maps PATCH status deactivate to pause', async () => {
    const { status, body } = await call('PATCH', `/workflows/${SEED_WORKFLOWS.kyc.id}/status`, {
      action: 'deactivate',
    })
    expect(status).toBe(200)
    expect(body).toMatchObject({ id: SEED_WORKFLOWS.kyc.id, status: 'paused' })
  })

  it('refuses to delete an active workflow and deletes a cancelled one', async () => {
    expect((await call('DELETE', `/workflows/${SEED_WORKFLOWS.kyc.id}`)).status).toBe(409)
    const deleted = await call('DELETE', `/workflows/${SEED_WORKFLOWS.webinar.id}`)
    expect(deleted).toEqual({ status: 200, body: { message: 'Workflow deleted.' } })
    expect((await call('GET', `/workflows/${SEED_WORKFLOWS.webinar.id}`)).status).toBe(404)
  })
})

describe('POST /workflows/{id}/duplicate', () => {
  it('creates a draft copy with the (Copy) suffix and remapped graph', async () => {
    const source = SEED_WORKFLOWS.nurture
    const { status, body } = await call('POST', `/workflows/${source.id}/duplicate`)
    expect(status).toBe(201)
    expect(body).toMatchObject({ title: `${source.title} (Copy)`, status: 'draft', lead_count: 0 })
    const copyId = String(body.id)
    const copyNodes = runtime.db.nodesOf(copyId)
    const sourceNodeIds = new Set(runtime.db.nodesOf(source.id).map((n) => n.id))
    expect(copyNodes).toHaveLength(sourceNodeIds.size)
    expect(copyNodes.some((n) => sourceNodeIds.has(n.id))).toBe(false)
    for (const edge of runtime.db.edgesOf(copyId)) {
      expect(copyNodes.map((n) => n.id)).toContain(edge.from_node_id)
    }
  })
})

describe('auth, latency and mock endpoints', () => {
  it('resets the store to seed through the private endpoint', async () => {
    await call('POST', '/workflows', { title: 'Temporary' })
    const reset = await call('POST', '/__mock/reset')
    expect(reset.status).toBe(200)
    const { body } = await call('GET', '/workflows?search=Temporary')
    expect(body.data).toEqual([])
  })

  it('injects a write failure from the x-mock-faults header', async () => {
    const { status } = await call(
      'POST',
      '/workflows',
      { title: 'x' },
      { 'x-mock-faults': '{"writeFailure":"500"}' },
    )
    expect(status).toBe(500)
  })
})
