/**
 * `npm run bench`: builds for production, serves the build with the mock API, seeds large data
 * through the mock's HTTP API, drives headless Chromium, prints a table of figures against the
 * budgets of the performance issue and writes everything to bench-results/<timestamp>.json.
 * See docs/decisions/004-benchmarks.md for what each figure means and how it is taken.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from '@playwright/test'
import { launchBrowser, VIEWPORT } from './lib/browser'
import { buildApp, buildBareFlow } from './lib/build'
import { analyseBundle } from './lib/bundle'
import { budgetRows } from './lib/budgets'
import { coldLoad, smoothnessSideBySide } from './lib/canvas-bench'
import { tidyRuns, type TidyRun } from './lib/tidy-bench'
import { listFirstRows } from './lib/list-bench'
import { mockApi, type MockApi } from './lib/mock-api'
import {
  findActiveWorkflow,
  optimisticPause,
  resumeWorkflow,
  type OptimisticRun,
} from './lib/optimistic-bench'
import { parseOptions, wants, type BenchOptions, type Section } from './lib/options'
import { forecastNodeFigure, forecastScreenFigure } from './lib/forecast'
import { historyFigures } from './lib/history-bench'
import { preflightFigures } from './lib/preflight'
import { formatTable, writeJson } from './lib/report'
import type { BenchResults } from './lib/results'
import { resetMock, seedGraph, seedWorkflows, type SeededGraph } from './lib/seed'
import { freePort, startPreview } from './lib/server'
import { exportRef } from './lib/snapshot'
import { median, medianOf, round } from './lib/stats'

const benchDir = dirname(fileURLToPath(import.meta.url))
const COLD_RUNS_PER_RUN = 3
const log = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)

/** Runs `task` once to warm up, then `runs` times; returns the measured runs. */
async function warmThenRun<T>(runs: number, task: (i: number) => Promise<T>): Promise<T[]> {
  await task(-1)
  const out: T[] = []
  for (let i = 0; i < runs; i++) out.push(await task(i))
  return out
}

async function measureBrowser(o: BenchOptions, outDir: string, results: BenchResults) {
  const port = await freePort(o.port)
  const server = await startPreview(o.root, outDir, port)
  let browser: Browser | null = null
  try {
    const api: MockApi = mockApi(server.origin)
    const origin = server.origin
    await resetMock(api)
    browser = await launchBrowser()
    if (wants(o, 'list')) {
      const total = await seedWorkflows(api, o.listWorkflows)
      log(`list: ${total} workflows in the mock`)
      const runs = await warmThenRun(o.runs, () => listFirstRows(browser as Browser, origin))
      results.list = { workflows: total, firstRowsMs: median(runs), runs }
    }
    const sizes = [
      ...new Set([
        ...(wants(o, 'cold') ? o.coldSizes : []),
        ...(wants(o, 'smooth') ? o.smoothSizes : []),
      ]),
    ]
    const graphs = new Map<number, SeededGraph>()
    for (const size of sizes.sort((a, b) => a - b)) {
      const started = Date.now()
      graphs.set(size, await seedGraph(api, size))
      log(
        `seeded a ${size}-node graph (${graphs.get(size)?.edges} edges) in ${Date.now() - started} ms`,
      )
    }
    // The bare page gets the app canvas's size (within the window), so both fit the same view.
    let box: { width: number; height: number } | null = null
    const appUrl = (g: SeededGraph) => `${origin}/workflows/${g.workflowId}`
    const bareUrl = (g: SeededGraph) =>
      `${origin}/__bench/bare-flow/?wf=${g.workflowId}&w=${Math.min(box?.width ?? 1056, VIEWPORT.width)}&h=${Math.min(box?.height ?? 640, VIEWPORT.height)}`
    if (wants(o, 'cold')) {
      results.cold = []
      for (const size of o.coldSizes) {
        const g = graphs.get(size) as SeededGraph
        const appRuns: number[] = []
        const bareRuns: number[] = []
        // Interleaved, so that whatever else the machine does weighs on both alike; three times the
        // runs, as a pair takes seconds and single loads vary by ±20 % on this machine.
        await warmThenRun(o.runs * COLD_RUNS_PER_RUN, async (i) => {
          const app = await coldLoad(browser as Browser, appUrl(g), size)
          if (app.box) box = app.box
          const bare = await coldLoad(browser as Browser, bareUrl(g), size)
          if (i < 0) return
          appRuns.push(app.readyMs)
          bareRuns.push(bare.readyMs)
        })
        results.cold.push({
          box,
          nodes: size,
          appMs: median(appRuns),
          bareMs: median(bareRuns),
          appRuns,
          bareRuns,
        })
        log(`cold load ${size}: app ${median(appRuns)} ms, bare ${median(bareRuns)} ms`)
      }
    }
    if (wants(o, 'smooth')) {
      results.smooth = []
      for (const size of o.smoothSizes) {
        const g = graphs.get(size) as SeededGraph
        const { app, bare } = await smoothnessSideBySide(
          browser,
          { app: appUrl(g), bare: bareUrl(g) },
          size,
          o.runs,
        )
        results.smooth.push({ nodes: size, app, bare })
        log(
          `smoothness ${size}: drag p95 ${app.drag.p95}/${bare.drag.p95} ms, pan p95 ${app.pan.p95}/${bare.pan.p95} ms`,
        )
      }
    }
    if (wants(o, 'open')) {
      const g = await seedGraph(api, OPEN_STEPS)
      const app: { firstNodeMs: number; allNodesMs: number }[] = []
      const bare: { firstNodeMs: number; allNodesMs: number }[] = []
      await warmThenRun(o.runs, async (i) => {
        const a = await coldLoad(browser as Browser, appUrl(g), OPEN_STEPS)
        if (a.box) box = a.box
        const b = await coldLoad(browser as Browser, bareUrl(g), OPEN_STEPS)
        if (i < 0) return
        app.push({ firstNodeMs: a.firstNodeMs, allNodesMs: a.readyMs })
        bare.push({ firstNodeMs: b.firstNodeMs, allNodesMs: b.readyMs })
      })
      const m = medianOf(app)
      const mb = medianOf(bare)
      results.open = {
        nodes: OPEN_STEPS,
        firstNodeMs: m.firstNodeMs,
        allNodesMs: m.allNodesMs,
        bareFirstNodeMs: mb.firstNodeMs,
        bareAllNodesMs: mb.allNodesMs,
        runs: app,
      }
      log(`open ${OPEN_STEPS}: first step ${m.firstNodeMs} ms, all ${m.allNodesMs} ms`)
    }
    if (wants(o, 'tidy')) {
      // Each run is undone, so the seeded grid (the same 1,000-step graph as above) comes back.
      const g = graphs.get(TIDY_STEPS) ?? (await seedGraph(api, TIDY_STEPS))
      const runs: TidyRun[] = await tidyRuns(browser, appUrl(g), TIDY_STEPS, o.runs)
      results.tidy = { ...medianOf(runs), nodes: TIDY_STEPS, runs }
      log(
        `tidy ${TIDY_STEPS}: layout ${results.tidy.computeMs} ms, save ${results.tidy.saveMs} ms, undo ${results.tidy.undoMs} ms`,
      )
    }
    if (wants(o, 'optimistic')) {
      const id = await findActiveWorkflow(api)
      const runs: OptimisticRun[] = await warmThenRun(o.runs, async () => {
        await resumeWorkflow(api, id)
        return optimisticPause(browser as Browser, api, origin, id)
      })
      await resumeWorkflow(api, id)
      results.optimistic = { ...medianOf(runs), runs }
      log(
        `optimistic pause: ${results.optimistic.clickToPaintMs} ms, ${results.optimistic.framesBefore} frames before`,
      )
    }
    if (wants(o, 'forecast')) {
      const screen = await forecastScreenFigure(browser, api, origin, FORECAST_LEADS)
      results.forecast = { ...results.forecast, screen }
      log(
        `forecast screen: worker ${screen.workerMs} ms, click → summary ${screen.clickToSummaryMs} ms`,
      )
    }
  } finally {
    await browser?.close()
    await server.stop()
  }
}

/** Issue 17: the workflow size whose opening is judged, and the graph tidied up. */
const OPEN_STEPS = 200
const TIDY_STEPS = 1000

/** The forecast issue's case: 10,000 leads (on a 30-step graph over 30 days). */
const FORECAST_LEADS = 10_000

function gitDescribe(root: string) {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      stdio: 'pipe',
    })
      .toString()
      .trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], {
      cwd: root,
      stdio: 'pipe',
    })
      .toString()
      .trim()
    return `${commit}${dirty ? ' + uncommitted src changes' : ''}`
  } catch {
    return 'unknown'
  }
}

async function main() {
  const parsed = parseOptions(process.argv.slice(2))
  if (parsed.report) {
    const saved = JSON.parse(readFileSync(parsed.report, 'utf8')) as { results: BenchResults }
    console.log(formatTable(budgetRows(saved.results)))
    return
  }
  const snapshot = parsed.ref ? exportRef(parsed.root, parsed.ref) : null
  const o = snapshot ? { ...parsed, root: snapshot.dir } : parsed
  const startedAt = new Date()
  const results: BenchResults = { errors: [] }
  // One build folder per measured tree (a scratch copy may share this node_modules).
  const outDir = join(
    o.root,
    'node_modules/.cache',
    `bench-dist-${createHash('sha1').update(o.root).digest('hex').slice(0, 8)}`,
  )
  const browserSections: Section[] = [
    'list',
    'cold',
    'smooth',
    'optimistic',
    'forecast',
    'open',
    'tidy',
  ]
  const needsBuild =
    wants(o, 'bundle') || wants(o, 'history') || browserSections.some((s) => wants(o, s))
  log(
    `root ${o.root}, ${o.runs} runs after a warm-up, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  )
  if (needsBuild && !o.skipBuild) {
    log('building the app and the bare React Flow page for production…')
    const chunks = await buildApp(o.root, outDir)
    await buildBareFlow(benchDir, outDir)
    if (wants(o, 'bundle')) results.bundle = analyseBundle(outDir, chunks)
  }
  const step = async (name: string, task: () => Promise<void>) => {
    try {
      await task()
    } catch (error) {
      results.errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`)
      log(`${name} failed: ${String(error)}`)
    }
  }
  if (browserSections.some((s) => wants(o, s)))
    await step('browser', () => measureBrowser(o, outDir, results))
  if (wants(o, 'history'))
    await step('history', async () => {
      const browser = await launchBrowser()
      try {
        results.history = await historyFigures(browser, outDir, o.runs)
      } finally {
        await browser.close()
      }
    })
  if (wants(o, 'preflight'))
    await step('preflight', async () => {
      results.preflight = await preflightFigures(o.root)
    })
  if (wants(o, 'forecast'))
    await step('forecast', async () => {
      results.forecast = { ...results.forecast, node: await forecastNodeFigure(o.root) }
    })

  const rows = budgetRows(results)
  const environment = {
    startedAt: startedAt.toISOString(),
    durationS: round((Date.now() - startedAt.getTime()) / 1000, 0),
    node: process.version,
    cpus: cpus().length,
    loadAverageAtEnd: loadavg().map((l) => round(l, 2)),
    source: snapshot ? `${snapshot.commit} (committed tree)` : gitDescribe(o.root),
    options: { ...o, only: [...o.only] },
  }
  const file = writeJson(join(process.cwd(), 'bench-results'), startedAt, {
    environment,
    rows,
    results,
  })
  console.log(`\n${formatTable(rows)}\n`)
  for (const error of results.errors) console.log(`error: ${error}`)
  const failed = rows.filter((r) => r.pass === false).length
  console.log(
    `${rows.filter((r) => r.pass === true).length} within budget, ${failed} over; written to ${file}`,
  )
  console.log(
    `took ${environment.durationS} s; load average at the end ${environment.loadAverageAtEnd.join(' ')} on ${environment.cpus} cores`,
  )
  process.exitCode = results.errors.length ? 1 : 0
}

void main()
