import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { createProductionApp } from '../../server/app'
import { readServerConfig } from '../../server/config/server-config'
import { migrate } from '../../server/history/db/migrate'
import { openDatabase } from '../../server/history/db/open-database'
import { createHistoryStore } from '../../server/history/history-store'
import { createRecorder } from '../../server/history/recorder'
import { listen } from '../../server/http/listen'
import { APP_REQUEST_HEADER, APP_REQUEST_HEADER_VALUE } from '../../src/lib/app-request-header'
import { VIEWPORT } from './browser'
import { mockApi } from './mock-api'
import { NAME_SHIM } from './probe'
import { seedGraph } from './seed'
import { median } from './stats'

/** The history issue's case: one workflow of 1,000 steps with 10,000 recorded changes. */
export const HISTORY_STEPS = 1_000
export const HISTORY_CHANGES = 10_000

export type HistoryFigure = {
  steps: number
  changes: number
  /** Median answer time of `GET console-api/history/activity` per query, over the runs. */
  activity: { query: string; medianMs: number; runs: number[] }[]
  /** Versions button "Compare selected" → both 1,000-step graphs drawn and the differences listed. */
  compare: { fromSteps: number; toSteps: number; differences: number; medianMs: number; runs: number[] }
}

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] history: ${message}`)

/**
 * The production server's own app (built-in mock, embedded PGlite history in a fresh folder,
 * serving the bench's build) in this process, so the database can be filled directly: a
 * 1,000-step graph created through the API (every write recorded), two named versions around
 * real edits, then the activity topped up to 10,000 lines with SQL.
 */
export async function historyFigures(browser: Browser, outDir: string, runs: number): Promise<HistoryFigure> {
  const dataDir = await mkdtemp(join(tmpdir(), 'wc-bench-history-'))
  const db = await openDatabase({ kind: 'embedded', dataDir })
  await migrate(db)
  const store = createHistoryStore(db)
  const recorder = createRecorder({ store, log: () => undefined })
  const config = readServerConfig({ STATIC_DIR: outDir, HOST: '127.0.0.1' })
  const app = await createProductionApp({ config, remoteAddress: () => '127.0.0.1', log: () => undefined, history: { store, recorder, backend: db.kind, close: () => db.close() } })
  const { server, port } = await listen(app, { hostname: '127.0.0.1', port: 0 })
  const origin = `http://127.0.0.1:${port}`
  const headers = { [APP_REQUEST_HEADER]: APP_REQUEST_HEADER_VALUE, 'content-type': 'application/json' }
  const send = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${origin}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${(await r.text()).slice(0, 200)}`)
    return r.json() as Promise<Record<string, unknown>>
  }
  try {
    let started = Date.now()
    const graph = await seedGraph(mockApi(origin, headers), HISTORY_STEPS)
    const wf = graph.workflowId
    log(`seeded ${graph.nodes} steps, ${graph.edges} connections through the recording server in ${Date.now() - started} ms`)
    const from = (await send('POST', `/console-api/history/workflows/${wf}/versions`, { name: 'Bench before' })) as { id: number }

    // Real edits between the two versions: steps renamed, deleted (with their connections) and added.
    started = Date.now()
    const nodes = ((await send('GET', `/v1/workflows/${wf}/nodes`)).data as { id: string; label: string }[]).slice(0, 120)
    for (const n of nodes.slice(0, 60)) await send('PATCH', `/v1/workflows/${wf}/nodes/${n.id}`, { label: `${n.label} (renamed)` })
    for (const n of nodes.slice(60, 90)) await send('DELETE', `/v1/workflows/${wf}/nodes/${n.id}`)
    for (let i = 0; i < 30; i++)
      await send('POST', `/v1/workflows/${wf}/nodes`, { node_type: 'TIME', label: `Added wait ${i}`, position_x: 40 * i, position_y: -200, config: { time_source: 'fixed_duration', duration_value: 1, duration_unit: 'days' } })
    const to = (await send('POST', `/console-api/history/workflows/${wf}/versions`, { name: 'Bench after' })) as { id: number; stepCount: number }
    await recorder.idle()
    log(`120 recorded edits in ${Date.now() - started} ms`)

    const [{ n: recorded = 0 } = {}] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM activity WHERE workflow_id = $1', [wf])
    await db.query(
      `INSERT INTO activity (workflow_id, at, actor_kind, actor_email, actor_name, action, summary, outcome, api_status)
       SELECT $1, now() - make_interval(secs => (i * 37)::double precision), 'person',
              CASE WHEN i % 3 = 0 THEN 'ben.okafor@demo.invalid' ELSE 'asha.rao@demo.invalid' END,
              CASE WHEN i % 3 = 0 THEN 'Ben Okafor' ELSE 'Asha Rao' END,
              (ARRAY['node.update','edge.create','edge.delete','node.create','node.delete','workflow.lifecycle','leads.enrol'])[1 + i % 7],
              'changed ''Step ' || (i % 1000) || '''',
              CASE WHEN i % 50 = 0 THEN 'refused' ELSE 'accepted' END,
              CASE WHEN i % 50 = 0 THEN 409 ELSE 200 END
       FROM generate_series(1, $2::int) AS i`,
      [wf, Math.max(0, HISTORY_CHANGES - recorded)],
    )
    const [{ n: changes = 0 } = {}] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM activity WHERE workflow_id = $1', [wf])
    const [{ id: deep = 1 } = {}] = await db.query<{ id: number }>('SELECT id::int AS id FROM activity WHERE workflow_id = $1 ORDER BY id LIMIT 1 OFFSET 500', [wf])
    log(`${recorded} lines recorded by the server, topped up to ${changes}`)

    const queries = [
      { query: 'first page (50 lines)', path: `workflow=${wf}&limit=50` },
      { query: 'by person', path: `workflow=${wf}&person=ben.okafor%40demo.invalid&limit=50` },
      { query: 'by action (steps)', path: `workflow=${wf}&action=node&limit=50` },
      { query: 'a time window', path: `workflow=${wf}&from=${encodeURIComponent(new Date(Date.now() - 86_400_000).toISOString())}&limit=50` },
      { query: 'a page 9,450 lines back', path: `workflow=${wf}&before=${deep}&limit=50` },
      { query: 'all workflows, first page', path: `limit=50` },
    ]
    const activity: HistoryFigure['activity'] = []
    for (const q of queries) {
      const times: number[] = []
      for (let i = -1; i < Math.max(runs, 5); i++) {
        const t0 = performance.now()
        const r = await fetch(`${origin}/console-api/history/activity?${q.path}`)
        const body = (await r.json()) as { items?: unknown[] }
        const ms = performance.now() - t0
        if (!r.ok || !body.items?.length) throw new Error(`activity ${q.query}: ${r.status}, ${body.items?.length ?? 0} lines`)
        if (i >= 0) times.push(Math.round(ms * 10) / 10)
      }
      activity.push({ query: q.query, medianMs: median(times), runs: times })
      log(`activity ${q.query}: ${median(times)} ms`)
    }

    const compareRuns: number[] = []
    let differences = 0
    for (let i = -1; i < runs; i++) {
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
      await context.addInitScript(NAME_SHIM)
      const page = await context.newPage()
      try {
        await page.goto(`${origin}/workflows/${wf}?tab=versions`)
        await page.getByRole('checkbox', { name: `Select version ${from.id} to compare` }).check()
        await page.getByRole('checkbox', { name: `Select version ${to.id} to compare` }).check()
        const result = await page.evaluate(
          () =>
            new Promise<{ ms: number; differences: number }>((resolve, reject) => {
              const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Compare selected'))
              if (!button) return reject(new Error('no Compare selected button'))
              const t0 = performance.now()
              const deadline = t0 + 30_000
              button.click()
              const tick = () => {
                const drawn = [...document.querySelectorAll<HTMLElement>('[data-testid="compare-canvas"] .react-flow__node')].filter(
                  (n) => getComputedStyle(n).visibility !== 'hidden',
                ).length
                const listed = document.querySelectorAll('[aria-label="Differences"] li').length
                if (drawn > 0 && listed > 1) requestAnimationFrame(() => resolve({ ms: performance.now() - t0, differences: listed }))
                else if (performance.now() > deadline) reject(new Error(`compare not drawn in 30 s (${drawn} nodes, ${listed} differences)`))
                else requestAnimationFrame(tick)
              }
              requestAnimationFrame(tick)
            }),
        )
        differences = result.differences
        if (i >= 0) compareRuns.push(Math.round(result.ms))
      } finally {
        await context.close()
      }
    }
    log(`compare: ${median(compareRuns)} ms (${differences} differences)`)
    return {
      steps: graph.nodes,
      changes,
      activity,
      compare: { fromSteps: graph.nodes, toSteps: to.stepCount, differences, medianMs: median(compareRuns), runs: compareRuns },
    }
  } finally {
    await new Promise((r) => server.close(r))
    await recorder.idle()
    await db.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}
