// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { buildSeedGraphs } from '../seed/graphs'
import { SEED_WORKFLOWS } from '../seed/workflows'
import { call, startMockServer } from '../test-utils'

const { runtime } = startMockServer()
const graphs = buildSeedGraphs()
const draft = SEED_WORKFLOWS.siteVisit.id
const ready = SEED_WORKFLOWS.appointmentReady.id

async function addNode(workflowId: string, body: Record<string, unknown>) {
  const { status, body: node } = await call('POST', `/workflows/${workflowId}/nodes`, body)
  expect(status).toBe(201)
  return String(node.id)
}

describe('nodes', () => {
  it('lists a graph with meta covering all of it', async () => {
    const { body } = await call('GET', `/workflows/${SEED_WORKFLOWS.nurture.id}/nodes`)
    const total = graphs.nurture.nodes.length
    expect(body.meta).toEqual({ page: 1, limit: total, total, totalPages: 1 })
  })

  it('creates a node with a type-based label, null positions and an empty config', async () => {
    const { status, body } = await call('POST', `/workflows/${draft}/nodes`, { node_type: 'TIME' })
    expect(status).toBe(201)
    expect(body).toMatchObject({
      node_type: 'TIME',
      label: 'Wait',
      position_x: null,
      position_y: null,
      config: {},
    })
    expect(body.id).toMatch(/^node_[a-z0-9]{12}$/)
    expect((await call('GET', `/workflows/${draft}`)).body.node_count).toBe(1)
  })

  it('refuses an unknown node type', async () => {
    const { status, body } = await call('POST', `/workflows/${draft}/nodes`, {
      node_type: 'WEBHOOK',
    })
    expect(status).toBe(400)
    expect(body.message).toEqual([expect.stringMatching(/node_type must be one of/)])
  })

  it('refuses a wait longer than a year, on create and on update (dates must stay valid)', async () => {
    const huge = { node_type: 'TIME', config: { delay_hours: 1e300 } }
    const created = await call('POST', `/workflows/${draft}/nodes`, huge)
    expect(created.status).toBe(400)
    expect(created.body.message).toEqual([expect.stringMatching(/at most 366 days/)])
    const id = await addNode(draft, { node_type: 'TIME', config: { delay_hours: 2 } })
    const updated = await call('PATCH', `/workflows/${draft}/nodes/${id}`, {
      config: { duration_value: 400, duration_unit: 'days' },
    })
    expect(updated.status).toBe(400)
  })

  it('replaces the config as a whole and refuses a type change', async () => {
    const id = await addNode(draft, {
      node_type: 'VOICE_CALL',
      config: { agent_id: 'a', from_phone_number: 'b' },
    })
    const patched = await call('PATCH', `/workflows/${draft}/nodes/${id}`, {
      config: { agent_id: 'c' },
    })
    expect(patched.body.config).toEqual({ agent_id: 'c' })
    const typeChange = await call('PATCH', `/workflows/${draft}/nodes/${id}`, { node_type: 'TIME' })
    expect(typeChange.status).toBe(400)
  })

  it('answers 404 for a node of another workflow', async () => {
    const { status } = await call(
      'PATCH',
      `/workflows/${draft}/nodes/${graphs.nurture.ids.firstCall}`,
      { label: 'x' },
    )
    expect(status).toBe(404)
  })

  it('deletes a node together with its incoming and outgoing edges', async () => {
    const { wait } = graphs.appointmentReady.ids
    const { status, body } = await call('DELETE', `/workflows/${ready}/nodes/${wait}`)
    expect({ status, body }).toEqual({ status: 200, body: { message: 'Node deleted.' } })
    const touching = runtime.db
      .edgesOf(ready)
      .filter((e) => e.from_node_id === wait || e.to_node_id === wait)
    expect(touching).toEqual([])
  })

  it('refuses graph edits on a cancelled workflow', async () => {
    const { status } = await call('POST', `/workflows/${SEED_WORKFLOWS.webinar.id}/nodes`, {
      node_type: 'TIME',
    })
    expect(status).toBe(409)
  })
})

describe('edges', () => {
  it('creates an edge, then refuses the same one with a differently cased label', async () => {
    const a = await addNode(draft, { node_type: 'VOICE_CALL' })
    const b = await addNode(draft, { node_type: 'CONVERTED' })
    const first = await call('POST', `/workflows/${draft}/edges`, {
      from_node_id: a,
      to_node_id: b,
      label: 'COMPLETED',
    })
    expect(first.status).toBe(201)
    const again = await call('POST', `/workflows/${draft}/edges`, {
      from_node_id: a,
      to_node_id: b,
      label: 'completed',
    })
    expect(again.status).toBe(409)
  })

  it('treats an empty label like no label when checking duplicates', async () => {
    const a = await addNode(draft, { node_type: 'TIME' })
    const b = await addNode(draft, { node_type: 'DROPPED' })
    expect(
      (await call('POST', `/workflows/${draft}/edges`, { from_node_id: a, to_node_id: b })).status,
    ).toBe(201)
    const blank = await call('POST', `/workflows/${draft}/edges`, {
      from_node_id: a,
      to_node_id: b,
      label: ' ',
    })
    expect(blank.status).toBe(409)
  })

  it('refuses an edge out of a final node and allows a self-loop', async () => {
    const end = await addNode(draft, { node_type: 'DROPPED' })
    const call1 = await addNode(draft, { node_type: 'VOICE_CALL' })
    expect(
      (await call('POST', `/workflows/${draft}/edges`, { from_node_id: end, to_node_id: call1 }))
        .status,
    ).toBe(400)
    const loop = await call('POST', `/workflows/${draft}/edges`, {
      from_node_id: call1,
      to_node_id: call1,
      label: 'DNP',
    })
    expect(loop.status).toBe(201)
  })

  it('answers 404 when a node is missing from this workflow', async () => {
    const a = await addNode(draft, { node_type: 'TIME' })
    const { status } = await call('POST', `/workflows/${draft}/edges`, {
      from_node_id: a,
      to_node_id: 'node_nope',
    })
    expect(status).toBe(404)
  })

  it('deletes an edge and keeps edge_count in sync', async () => {
    const edgeId = graphs.appointmentReady.edges[0]?.id ?? ''
    const before = (await call('GET', `/workflows/${ready}`)).body.edge_count as number
    expect(await call('DELETE', `/workflows/${ready}/edges/${edgeId}`)).toEqual({
      status: 200,
      body: { message: 'Edge deleted.' },
    })
    expect((await call('GET', `/workflows/${ready}`)).body.edge_count).toBe(before - 1)
  })
})

describe('activation through HTTP', () => {
  it('activates the ready draft', async () => {
    const { status, body } = await call('POST', `/workflows/${ready}/activate`)
    expect(status).toBe(200)
    expect(body).toMatchObject({ id: ready, status: 'active' })
  })

  it('answers 400 with one message per problem for a broken draft', async () => {
    const { status, body } = await call(
      'POST',
      `/workflows/${SEED_WORKFLOWS.cartAbandonment.id}/activate`,
    )
    expect(status).toBe(400)
    expect(body.message).toHaveLength(3)
    expect((await call('GET', `/workflows/${SEED_WORKFLOWS.cartAbandonment.id}`)).body.status).toBe(
      'draft',
    )
  })
})

describe('agents, phone numbers and variable keys', () => {
  it('serves agents in the tier-A envelope, including an unpublished one', async () => {
    const { body } = await call('GET', '/agents2')
    const agents = body.data as { current_version: { is_published: boolean } }[]
    expect(agents.length).toBeGreaterThanOrEqual(6)
    expect(agents.some((a) => !a.current_version.is_published)).toBe(true)
  })

  it('serves phone numbers with meta and inactive ones among them', async () => {
    const { body } = await call('GET', '/organization-phone-numbers')
    const numbers = body.data as { status: string }[]
    expect(body.meta).toMatchObject({ page: 1, total: numbers.length })
    expect(numbers.some((n) => n.status !== 'active')).toBe(true)
  })

  it('answers 404 for an unknown agent', async () => {
    expect((await call('GET', '/agents2/agt_nope')).status).toBe(404)
  })
})

describe('variable keys', () => {
  it('returns the uploaded columns under keys and variables, never phone_number', async () => {
    const { body } = await call('GET', `/workflows/${ready}/leads/variable-keys`)
    expect(body).toEqual({
      keys: ['first_name', 'appointment_time', 'clinic_name'],
      variables: ['first_name', 'appointment_time', 'clinic_name'],
    })
  })
})
