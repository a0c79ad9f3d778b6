// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { buildSeedGraphs } from '../seed/graphs'
import { SEED_WORKFLOWS } from '../seed/workflows'
import { BASE, call, startMockServer } from '../test-utils'

const { runtime } = startMockServer()
const ready = SEED_WORKFLOWS.appointmentReady.id
const graphs = buildSeedGraphs()

async function upload(workflowId: string, csv: string, name = 'leads.csv') {
  const form = new FormData()
  form.append('file', new File([csv], name, { type: 'text/csv' }))
  const response = await fetch(`${BASE}/workflows/${workflowId}/leads`, {
    method: 'POST',
    body: form,
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('POST /workflows/{id}/leads', () => {
  it('enrols a CSV with 201, normalised phones and new variable keys', async () => {
    const { status, body } = await upload(
      ready,
      'phone_number,first_name,insurer\n9876543210,Asha,Acko\n,Empty\n',
    )
    expect(status).toBe(201)
    expect(body).toMatchObject({ workflow_id: ready, leads_enrolled: 1, leads_skipped: 1 })
    const [lead] = body.data as Record<string, unknown>[]
    expect(lead).toMatchObject({
      phone_number: '+919876543210',
      status: 'pending',
      metadata: { first_name: 'Asha' },
    })
    expect(lead?.id).toMatch(/^wlead_[a-z0-9]{12}$/)
    const keys = await call('GET', `/workflows/${ready}/leads/variable-keys`)
    expect(keys.body.keys).toEqual(['first_name', 'appointment_time', 'clinic_name', 'insurer'])
  })

  it('answers a grouped 400 and enrols nothing when any row is invalid', async () => {
    const before = runtime.db.leadsOf(ready).length
    const { status, body } = await upload(ready, 'phone_number\n9876543210\nnope\n12\n')
    expect(status).toBe(400)
    expect(body).toMatchObject({
      statusCode: 400,
      message: ['Row 3, 4: invalid phone number'],
      errors: [{ reason: 'invalid phone number', rows: [3, 4] }],
    })
    expect(runtime.db.leadsOf(ready)).toHaveLength(before)
  })

  it('answers 409 on a completed workflow', async () => {
    expect((await upload(SEED_WORKFLOWS.nps.id, 'phone_number\n9876543210\n')).status).toBe(409)
  })

  it('refuses a request that is not multipart', async () => {
    expect(
      (await call('POST', `/workflows/${ready}/leads`, { phone_number: '9876543210' })).status,
    ).toBe(400)
  })
})

describe('listing, removing and tracing leads', () => {
  it('pages leads and filters by status and current node', async () => {
    const nurture = SEED_WORKFLOWS.nurture.id
    const page = await call('GET', `/workflows/${nurture}/leads?limit=5`)
    expect(page.body.meta).toMatchObject({
      page: 1,
      limit: 5,
      total: runtime.db.leadsOf(nurture).length,
    })
    const converted = await call('GET', `/workflows/${nurture}/leads?status=completed&limit=100`)
    expect(
      (converted.body.data as { status: string }[]).every((l) => l.status === 'completed'),
    ).toBe(true)
    const atNode = await call(
      'GET',
      `/workflows/${nurture}/leads?current_node_id=${graphs.nurture.ids.booked}`,
    )
    expect(
      (atNode.body.data as { current_node_id: string }[]).every(
        (l) => l.current_node_id === graphs.nurture.ids.booked,
      ),
    ).toBe(true)
  })

  it('searches by phone number', async () => {
    const { body } = await call('GET', `/workflows/${ready}/leads?search=980011`)
    expect((body.data as unknown[]).length).toBeGreaterThan(0)
  })

  it('marks a removed lead removed and refuses to remove it twice', async () => {
    const lead = runtime.db.leadsOf(ready)[0]
    const first = await call('DELETE', `/workflows/${ready}/leads/${lead?.id ?? ''}`)
    expect(first).toEqual({ status: 200, body: { message: 'Lead removed from workflow.' } })
    const listed = await call('GET', `/workflows/${ready}/leads?status=removed`)
    expect((listed.body.data as { id: string }[]).map((l) => l.id)).toEqual([lead?.id])
    expect((await call('DELETE', `/workflows/${ready}/leads/${lead?.id ?? ''}`)).status).toBe(409)
  })

  it('returns the superset history of a seeded lead with the whole graph', async () => {
    const nurture = SEED_WORKFLOWS.nurture.id
    const lead = runtime.db.leadsOf(nurture).find((l) => l.history.length > 1)
    const { status, body } = await call(
      'GET',
      `/workflows/${nurture}/leads/${lead?.id ?? ''}/history`,
    )
    expect(status).toBe(200)
    const [first] = body.history as Record<string, unknown>[]
    expect(first).toMatchObject({
      node_id: graphs.nurture.ids.firstCall,
      label: 'First call',
      node_label: 'First call',
    })
    expect(first?.started_at).toBe(first?.entered_at)
    expect((first?.metadata as { call_id?: string }).call_id).toMatch(/^call_/)
    expect(body.all_nodes).toHaveLength(graphs.nurture.nodes.length)
    expect(body.lead).toMatchObject({ id: lead?.id })
  })

  it('answers 404 for a lead of another workflow', async () => {
    const other = runtime.db.leadsOf(SEED_WORKFLOWS.nurture.id)[0]
    expect((await call('GET', `/workflows/${ready}/leads/${other?.id ?? ''}/history`)).status).toBe(
      404,
    )
  })
})

describe('GET /workflows/{id}/stats (private extension)', () => {
  it('reports totals and per-node and per-edge counters', async () => {
    const nurture = SEED_WORKFLOWS.nurture.id
    const { status, body } = await call('GET', `/workflows/${nurture}/stats`)
    expect(status).toBe(200)
    const totals = body.totals as Record<string, number>
    expect(totals.enrolled).toBe(runtime.db.leadsOf(nurture).length)
    expect(Object.keys(body.nodes as object)).toHaveLength(graphs.nurture.nodes.length)
    expect(Object.keys(body.edges as object)).toHaveLength(graphs.nurture.edges.length)
    expect(
      (body.nodes as Record<string, { done: number }>)[graphs.nurture.ids.firstCall]?.done,
    ).toBeGreaterThan(0)
  })
})

describe('clock endpoint', () => {
  it('advances simulated time and moves leads', async () => {
    const before = runtime.clock.now()
    const { body } = await call('POST', '/__mock/clock', { advance_ms: 3_600_000, speed: 60 })
    expect(body).toMatchObject({ now_ms: before + 3_600_000, speed: 60 })
    expect((await call('POST', '/__mock/clock', { speed: -1 })).status).toBe(400)
  })
})
