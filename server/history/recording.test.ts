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
const WF = 'wf_apptready001'
const ASHA = { 'x-forwarded-email': 'asha@example.com', 'x-forwarded-user': 'Asha Rao' }
const BEN = { 'x-forwarded-email': 'ben@example.com', 'x-forwarded-user': 'Ben Okafor' }
const APP = { 'x-requested-with': 'workflow-console', 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }

let staticDir: string
let upstream: Server
let upstreamUrl: string

beforeAll(async () => {
  staticDir = await mkdtemp(join(tmpdir(), 'wc-history-'))
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><html><head></head></html>')
  const runtime = createMockRuntime({ requireAuth: true, seedLeads: false })
  upstream = serve({ fetch: createMockServerApp(runtime.handlers).fetch, port: 0, hostname: '127.0.0.1' }) as Server
  await new Promise((r) => upstream.once('listening', r))
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
})

afterAll(async () => {
  upstream.closeAllConnections()
  await new Promise((r) => upstream.close(r))
  await rm(staticDir, { recursive: true, force: true })
})

const mockApi = (path: string, init: RequestInit = {}) =>
  fetch(`${upstreamUrl}/v1/${path}`, {
    ...init,
    headers: { authorization: 'Bearer test', 'content-type': 'application/json', ...init.headers },
  })

describe.each(testBackends())('recording writes on %s', (backend) => {
  let history: History
  let app: Awaited<ReturnType<typeof createProductionApp>>
  const logLines: string[] = []

  beforeAll(async () => {
    await mockApi('__mock/reset', { method: 'POST' })
    const db = await openTestDatabase(backend)
    await migrate(db)
    const store = createHistoryStore(db)
    const recorder = createRecorder({ store, outsideGraceMs: 0, log: (l) => logLines.push(l) })
    history = { store, recorder, backend: db.kind, close: () => db.close() }
    const config = readServerConfig({ STATIC_DIR: staticDir, API_UPSTREAM: upstreamUrl, API_KEY: 'k', TRUSTED_PROXIES: PROXY })
    app = await createProductionApp({
      config,
      remoteAddress: (c) => c.req.header('x-test-peer') ?? '127.0.0.1',
      log: () => undefined,
      history,
    })
  }, 30_000)
  afterAll(() => history.close())

  const send = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
    app.request(path, { method, headers: { ...APP, 'x-test-peer': PROXY, ...headers }, body: body === undefined ? undefined : JSON.stringify(body) })
  const activity = async (query = `workflow=${WF}`) =>
    ((await (await app.request(`/console-api/history/activity?${query}`)).json()) as { items: Array<Record<string, unknown>> }).items
  const nodes = async () =>
    ((await (await mockApi(`workflows/${WF}/nodes`)).json()) as { data: Array<{ id: string; label: string }> }).data

  it('records an accepted edit with the trusted identity, in words, and keeps a version', async () => {
    const wait = (await nodes()).find((n) => n.label === 'Wait 2 hours')!
    const response = await send('PATCH', `/v1/workflows/${WF}/nodes/${wait.id}`, ASHA, {
      config: { time_source: 'fixed_duration', duration_value: 3, duration_unit: 'hours' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-console-history')).toBe('recorded')
    const [line] = await activity()
    expect(line).toMatchObject({
      actor: { kind: 'person', email: 'asha@example.com', name: 'Asha Rao' },
      action: 'node.update',
      summary: "changed 'Wait 2 hours' to 3 hours",
      outcome: 'accepted',
      apiStatus: 200,
    })
    const versions = await history.store.listVersions(WF)
    expect(versions.map((v) => v.kind)).toEqual(['edit', 'first-seen'])
  })

  it('records a write the API refuses as refused, with the API\u2019s reason', async () => {
    const response = await send('POST', `/v1/workflows/${WF}/pause`, BEN)
    expect(response.status).toBe(409)
    const [line] = await activity()
    expect(line).toMatchObject({
      actor: { kind: 'person', name: 'Ben Okafor' },
      summary: 'paused the workflow',
      outcome: 'refused',
      apiStatus: 409,
    })
    expect(String(line!.apiMessage)).toMatch(/draft/i)
  })

  it('records only the trusted identity: headers from anyone but the SSO proxy are ignored', async () => {
    const response = await send('PATCH', `/v1/workflows/${WF}`, { ...ASHA, 'x-test-peer': '192.0.2.9' }, { description: 'spoofed' })
    expect(response.status).toBe(200)
    const [line] = await activity()
    expect(line).toMatchObject({ actor: { kind: 'anonymous' }, summary: 'changed the description' })
    expect(JSON.stringify(line)).not.toContain('asha@example.com')
  })

  it('words a deleted step with its connections, groups one person\u2019s burst, splits on another person', async () => {
    const before = (await history.store.listVersions(WF)).length
    const second = (await nodes()).find((n) => n.label === 'Second reminder')!
    await send('PATCH', `/v1/workflows/${WF}/nodes/${second.id}`, ASHA, { label: 'Second call' })
    expect((await history.store.listVersions(WF)).length).toBe(before) // joins Asha's burst
    await send('DELETE', `/v1/workflows/${WF}/nodes/${second.id}`, BEN)
    const [line] = await activity()
    expect(line).toMatchObject({ summary: "deleted 'Second call' and 4 connections", actor: { name: 'Ben Okafor' } })
    const versions = await history.store.listVersions(WF)
    expect(versions.length).toBe(before + 1)
    expect(versions[0]).toMatchObject({ kind: 'edit', actor: { name: 'Ben Okafor' } })
  })

  it('notices a change made outside the console when the graph is read', async () => {
    const call = (await nodes()).find((n) => n.label === 'Reminder call')!
    await mockApi(`workflows/${WF}/nodes/${call.id}`, { method: 'PATCH', body: JSON.stringify({ label: 'First call' }) })
    expect((await send('GET', `/v1/workflows/${WF}/nodes`, ASHA)).status).toBe(200)
    await history.recorder.idle()
    const [line] = await activity()
    expect(line).toMatchObject({ actor: { kind: 'outside' }, summary: "changed outside the console: renamed 'Reminder call' to 'First call'" })
    expect((await history.store.listVersions(WF))[0]?.kind).toBe('outside')
  })

  it('saves a named version on demand, only from the app itself', async () => {
    const refused = await app.request(`/console-api/history/workflows/${WF}/versions`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }, body: JSON.stringify({ name: 'x' }),
    })
    expect(refused.status).toBe(403)
    const saved = await send('POST', `/console-api/history/workflows/${WF}/versions`, ASHA, { name: 'Before Diwali pause' })
    expect(saved.status).toBe(201)
    expect(await saved.json()).toMatchObject({ kind: 'named', name: 'Before Diwali pause', actor: { name: 'Asha Rao' } })
  })

  it('passes the API\u2019s answer on when the history cannot be written, and says so', async () => {
    const original = history.store.recordActivity
    history.store.recordActivity = () => Promise.reject(new Error('disk full'))
    try {
      const response = await send('PATCH', `/v1/workflows/${WF}`, ASHA, { description: 'still saved' })
      expect(response.status).toBe(200)
      expect(response.headers.get('x-console-history')).toBe('unrecorded')
      expect(logLines.at(-1)).toContain('disk full')
      const workflow = (await (await mockApi(`workflows/${WF}`)).json()) as { description?: string; data?: { description?: string } }
      expect(workflow.data?.description ?? workflow.description).toBe('still saved')
    } finally {
      history.store.recordActivity = original
    }
  })

  it('a write the API never answers does not hold back the next write of that workflow', async () => {
    const store = history.store
    const recorder = createRecorder({ store, outsideGraceMs: 0, log: () => undefined })
    const read = async (path: string) => {
      const r = await mockApi(path)
      return { status: r.status, body: await r.json() }
    }
    const actor = { kind: 'person', email: 'asha@example.com', name: 'Asha Rao' } as const
    const wait = (await nodes()).find((n) => n.label === 'Wait 2 hours')!
    // The demo's "requests never answer" fault: the answer never comes.
    void recorder.write({
      method: 'PATCH', path: `workflows/${WF}/nodes/${wait.id}`, body: { position_x: 1 }, actor, requestId: null, read,
      send: () => new Promise<Response>(() => undefined),
    })
    const next = recorder.write({
      method: 'PATCH', path: `workflows/${WF}`, body: { description: 'after a hung request' }, actor, requestId: null, read,
      send: () => mockApi(`workflows/${WF}`, { method: 'PATCH', body: JSON.stringify({ description: 'after a hung request' }) }),
    })
    const answered = await Promise.race([next.then((r) => r.status), new Promise((r) => setTimeout(() => r('held'), 3000))])
    expect(answered).toBe(200)
  })

  it('filters by person and pages', async () => {
    const ben = await activity(`workflow=${WF}&person=${encodeURIComponent('ben@example.com')}`)
    expect(ben.length).toBeGreaterThan(0)
    expect(ben.every((l) => (l.actor as { email: string }).email === 'ben@example.com')).toBe(true)
    const page1 = (await (await app.request(`/console-api/history/activity?workflow=${WF}&limit=2`)).json()) as { items: Array<{ id: number }>; nextBefore: number }
    expect(page1.items).toHaveLength(2)
    const page2 = (await (await app.request(`/console-api/history/activity?workflow=${WF}&limit=2&before=${page1.nextBefore}`)).json()) as { items: Array<{ id: number }> }
    expect(page2.items[0]!.id).toBeLessThan(page1.items[1]!.id)
  })
})
