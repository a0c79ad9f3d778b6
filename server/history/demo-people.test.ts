// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createProductionApp } from '../app'
import { readServerConfig } from '../config/server-config'
import { migrate } from './db/migrate'
import { createHistoryStore } from './history-store'
import { createRecorder } from './recorder'
import type { History } from './history-service'
import { openTestDatabase } from './testing/test-database'

const PROXY = '10.0.0.5'
const APP = { 'x-requested-with': 'workflow-console', 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }
const SSO = { 'x-forwarded-email': 'casey@example.com', 'x-forwarded-user': 'Casey Morgan' }
/** Active in the seed (src/mocks/seed): pausing it is a write the mock accepts. */
const ACTIVE = 'wf_nurture00001'

/** The production server with the built-in mock (a demo): the browser may play one of two people. */
describe('demo people on the production server with the built-in mock', () => {
  let staticDir: string
  let history: History
  let app: Awaited<ReturnType<typeof createProductionApp>>

  beforeAll(async () => {
    staticDir = await mkdtemp(join(tmpdir(), 'wc-demo-people-'))
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><html><head></head></html>')
    const db = await openTestDatabase('embedded')
    await migrate(db)
    const store = createHistoryStore(db)
    history = { store, recorder: createRecorder({ store, outsideGraceMs: 0, log: () => undefined }), backend: db.kind, close: () => db.close() }
    const config = readServerConfig({ STATIC_DIR: staticDir, TRUSTED_PROXIES: PROXY })
    expect(config.api.kind).toBe('mock')
    app = await createProductionApp({ config, remoteAddress: (c) => c.req.header('x-test-peer') ?? '127.0.0.1', log: () => undefined, history })
  }, 30_000)
  afterAll(async () => {
    await history.close()
    await rm(staticDir, { recursive: true, force: true })
  })

  const me = async (headers: Record<string, string> = {}) =>
    (await (await app.request('/console-api/history/me', { headers })).json()) as {
      actor: { kind: string; name?: string; email?: string }
      demo: { cookie: string; people: { id: string; name: string }[] } | null
    }

  it('offers the two demo people and names the one the cookie picks', async () => {
    const first = await me()
    expect(first.demo?.cookie).toBe('wc_demo_user')
    expect(first.demo?.people.map((p) => p.name)).toEqual(['Asha Rao', 'Ben Okafor'])
    expect(first.actor).toMatchObject({ kind: 'person', name: 'Asha Rao' })
    expect((await me({ cookie: 'theme=dark; wc_demo_user=ben' })).actor).toMatchObject({ name: 'Ben Okafor' })
  })

  it('records a write as the demo person the cookie picks', async () => {
    const paused = await app.request(`/v1/workflows/${ACTIVE}/pause`, { method: 'POST', headers: { ...APP, cookie: 'wc_demo_user=ben' } })
    expect(paused.status).toBe(200)
    const { items } = (await (await app.request(`/console-api/history/activity?workflow=${ACTIVE}`)).json()) as {
      items: { summary: string; actor: { name: string } }[]
    }
    expect(items[0]).toMatchObject({ summary: 'paused the workflow', actor: { name: 'Ben Okafor' } })
  })

  it('names a signed-in person as themselves, offers no choice, and ignores the cookie', async () => {
    const signedIn = await me({ ...SSO, cookie: 'wc_demo_user=ben', 'x-test-peer': PROXY })
    expect(signedIn.demo).toBeNull()
    expect(signedIn.actor).toMatchObject({ kind: 'person', name: 'Casey Morgan', email: 'casey@example.com' })
  })

  it('does not take identity headers from anyone but the trusted proxy', async () => {
    const forged = await me({ ...SSO, cookie: 'wc_demo_user=ben' })
    expect(forged.actor).toMatchObject({ name: 'Ben Okafor' })
    expect(forged.demo).not.toBeNull()
  })
})
