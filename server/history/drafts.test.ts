// @vitest-environment node
import type { Server } from 'node:http'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve } from '@hono/node-server'
import { createProductionApp } from '../app'
import { readServerConfig } from '../config/server-config'
import { createMockRuntime } from '../../src/mocks/runtime'
import { createMockServerApp } from '../mock-server/mock-app'
import { migrate } from './db/migrate'
import { createHistoryStore } from './history-store'
import { createRecorder } from './recorder'
import type { History } from './history-service'
import { openTestDatabase, testBackends } from './testing/test-database'

const PROXY = '10.0.0.5'
/** Paused, with a graph (seed). */
const LIVE = 'wf_renewal00001'
const DRAFT_WORKFLOW = 'wf_apptready001'
const ASHA = { 'x-forwarded-email': 'asha@example.com', 'x-forwarded-user': 'Asha Rao' }
const BEN = { 'x-forwarded-email': 'ben@example.com', 'x-forwarded-user': 'Ben Okafor' }
const APP = {
  'x-requested-with': 'workflow-console',
  'sec-fetch-site': 'same-origin',
  'content-type': 'application/json',
}

let staticDir: string
let upstream: Server
let upstreamUrl: string

beforeAll(async () => {
  staticDir = await mkdtemp(join(tmpdir(), 'wc-drafts-'))
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><html><head></head></html>')
  const runtime = createMockRuntime({ requireAuth: true, seedLeads: false })
  upstream = serve({
    fetch: createMockServerApp(runtime.handlers).fetch,
    port: 0,
    hostname: '127.0.0.1',
  }) as Server
  await new Promise((r) => upstream.once('listening', r))
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
})

afterAll(async () => {
  upstream.closeAllConnections()
  await new Promise((r) => upstream.close(r))
  await rm(staticDir, { recursive: true, force: true })
})

const liveNodes = async () =>
  (
    (await (
      await fetch(`${upstreamUrl}/v1/workflows/${LIVE}/nodes`, {
        headers: { authorization: 'Bearer t' },
      })
    ).json()) as { data: Array<{ id: string; label: string }> }
  ).data

describe.each(testBackends())('drafts of live workflows on %s', (backend) => {
  let history: History
  let app: Awaited<ReturnType<typeof createProductionApp>>

  beforeAll(async () => {
    await fetch(`${upstreamUrl}/v1/__mock/reset`, {
      method: 'POST',
      headers: { authorization: 'Bearer t' },
    })
    const db = await openTestDatabase(backend)
    await migrate(db)
    const store = createHistoryStore(db)
    const recorder = createRecorder({ store, outsideGraceMs: 0 })
    history = { store, recorder, backend: db.kind, close: () => db.close() }
    const config = readServerConfig({
      STATIC_DIR: staticDir,
      API_UPSTREAM: upstreamUrl,
      API_KEY: 'k',
      TRUSTED_PROXIES: PROXY,
    })
    app = await createProductionApp({
      config,
      remoteAddress: () => PROXY,
      log: () => undefined,
      history,
    })
  }, 30_000)
  afterAll(() => history.close())

  const send = async (
    method: string,
    path: string,
    who: Record<string, string>,
    body?: unknown,
  ) => {
    const response = await app.request(`/console-api/history/workflows/${path}`, {
      method,
      headers: { ...APP, ...who },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }

  it('starts one draft per workflow, of a live workflow only, copied from the live graph', async () => {
    const refused = await send('POST', `${DRAFT_WORKFLOW}/draft`, ASHA)
    expect(refused.status).toBe(409)
    expect(String(refused.body.message)).toMatch(/active or paused/)

    const started = await send('POST', `${LIVE}/draft`, ASHA)
    expect(started.status).toBe(201)
    const draft = started.body.draft as Record<string, unknown>
    expect(draft).toMatchObject({
      author: { email: 'asha@example.com', name: 'Asha Rao' },
      editable: true,
    })
    expect(draft.stepCount).toBe((await liveNodes()).length)

    const second = await send('POST', `${LIVE}/draft`, BEN)
    expect(second.status).toBe(409)
    expect(second.body.message).toBe('Asha Rao already has a draft of this workflow.')
    const seen = await send('GET', `${LIVE}/draft`, BEN)
    expect(seen.body.draft).toMatchObject({ author: { name: 'Asha Rao' }, editable: false })
  })

  it('edits the draft with the API\u2019s own rules and never touches the live graph', async () => {
    const before = await liveNodes()
    const wait = before.find((n) => n.label === 'Wait 1 day')!
    const deleted = await send('DELETE', `${LIVE}/draft/nodes/${wait.id}`, ASHA)
    expect(deleted.status).toBe(200)
    const added = await send('POST', `${LIVE}/draft/nodes`, ASHA, {
      node_type: 'TIME',
      label: 'Wait 3 days',
      config: {},
    })
    expect(added.status).toBe(201)
    expect(added.body.id).toMatch(/^draft_node_/)
    const won = before.find((n) => n.label === 'Renewed')!
    const fromFinal = await send('POST', `${LIVE}/draft/edges`, ASHA, {
      from_node_id: won.id,
      to_node_id: added.body.id,
    })
    expect(fromFinal.status).toBe(400)
    const retyped = await send('PATCH', `${LIVE}/draft/nodes/${added.body.id as string}`, ASHA, {
      node_type: 'DROPPED',
    })
    expect(retyped.status).toBe(400)

    const nodes = (await send('GET', `${LIVE}/draft/nodes`, ASHA)).body.data as Array<{
      id: string
      label: string
    }>
    expect(nodes.map((n) => n.label)).toContain('Wait 3 days')
    expect(nodes.map((n) => n.id)).not.toContain(wait.id)
    expect(await liveNodes()).toEqual(before)
  })

  it('lets only the author edit; another person takes it over, and the activity says so', async () => {
    const nodes = (await send('GET', `${LIVE}/draft/nodes`, BEN)).body.data as Array<{ id: string }>
    const refused = await send('PATCH', `${LIVE}/draft/nodes/${nodes[0]!.id}`, BEN, {
      label: 'Ben was here',
    })
    expect(refused.status).toBe(403)
    expect(refused.body.message).toBe('Only Asha Rao edits this draft; take it over to edit it.')

    const taken = await send('POST', `${LIVE}/draft/takeover`, BEN)
    expect(taken.status).toBe(200)
    expect(taken.body.draft).toMatchObject({ author: { name: 'Ben Okafor' }, editable: true })
    expect(
      (await send('PATCH', `${LIVE}/draft/nodes/${nodes[0]!.id}`, BEN, { label: 'Ben was here' }))
        .status,
    ).toBe(200)
    expect(
      (await send('PATCH', `${LIVE}/draft/nodes/${nodes[0]!.id}`, ASHA, { label: 'Asha again' }))
        .status,
    ).toBe(403)

    const activity = (await (
      await app.request(`/console-api/history/activity?workflow=${LIVE}`)
    ).json()) as {
      items: Array<{ summary: string; actor: { name: string } }>
    }
    expect(activity.items.map((i) => `${i.actor.name}: ${i.summary}`).slice(0, 2)).toEqual([
      'Ben Okafor: took over the draft from Asha Rao',
      'Asha Rao: started a draft',
    ])
  })

  it('two people editing at once: every edit lands once, in some order, none lost', async () => {
    const labels = Array.from({ length: 8 }, (_, i) => `Step ${i}`)
    const results = await Promise.all(
      labels.map((label) =>
        send('POST', `${LIVE}/draft/nodes`, BEN, { node_type: 'CONVERTED', label }),
      ),
    )
    expect(results.map((r) => r.status)).toEqual(labels.map(() => 201))
    const nodes = (await send('GET', `${LIVE}/draft/nodes`, BEN)).body.data as Array<{
      id: string
      label: string
    }>
    for (const label of labels) expect(nodes.filter((n) => n.label === label)).toHaveLength(1)
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length)
  })

  it('a draft outlives the server: a new app on the same database still has it; discarding asks the author', async () => {
    const again = await createProductionApp({
      config: readServerConfig({
        STATIC_DIR: staticDir,
        API_UPSTREAM: upstreamUrl,
        API_KEY: 'k',
        TRUSTED_PROXIES: PROXY,
      }),
      remoteAddress: () => PROXY,
      log: () => undefined,
      history,
    })
    const seen = await again.request(`/console-api/history/workflows/${LIVE}/draft`, {
      headers: { ...APP, ...ASHA },
    })
    expect(((await seen.json()) as { draft: { author: { name: string } } }).draft.author.name).toBe(
      'Ben Okafor',
    )
    expect((await send('DELETE', `${LIVE}/draft`, ASHA)).status).toBe(403)
    expect((await send('DELETE', `${LIVE}/draft`, BEN)).status).toBe(200)
    expect((await send('GET', `${LIVE}/draft`, BEN)).body.draft).toBeNull()
  })
})
