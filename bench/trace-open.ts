/**
 * What a cold canvas load spends its main thread on (not part of `npm run bench`): loads the app
 * and the bare React Flow page with a Chrome trace on, and prints, up to "ready", the time in
 * script, style, layout, paint and parsing, and the long tasks with what filled them.
 *   tsx bench/trace-open.ts [nodes] [--skip-build]
 */
import { openProbedPage } from './lib/browser'
import { withSeededGraph } from './lib/diagnose'

type TraceEvent = {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { data?: Record<string, unknown> }
}

const KINDS: Record<string, string> = {
  EvaluateScript: 'script (evaluate)',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'V8.CompileCode': 'compile',
  FunctionCall: 'script (calls)',
  EventDispatch: 'script (events)',
  TimerFire: 'script (timers)',
  FireAnimationFrame: 'script (rAF)',
  RunMicrotasks: 'script (microtasks)',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  ParseHTML: 'parse html',
  'V8.GC_SCAVENGER': 'gc',
  MajorGC: 'gc',
  MinorGC: 'gc',
}

async function main() {
  await withSeededGraph({ name: 'bench-trace', port: 4481 }, async ({ browser, nodes, urls }) => {
    for (const round of [0, 1, 2])
      for (const [kind, url] of Object.entries(urls)) {
        const { context, page } = await openProbedPage(browser, {
          expectNodes: nodes,
          firstPaintOf: null,
          countRenders: false,
        })
        await browser.startTracing(page, {
          categories: [
            'devtools.timeline',
            'disabled-by-default-devtools.timeline',
            'toplevel',
            'v8',
            'blink.user_timing',
            'loading',
          ],
        })
        await page.goto(url)
        await page.waitForFunction(() => window.__bench.readyAt !== null, null, { timeout: 90_000 })
        const { readyAt, origin, resources, marks } = await page.evaluate(() => ({
          readyAt: window.__bench.readyAt as number,
          origin: performance.timeOrigin,
          marks: performance
            .getEntriesByType('mark')
            .map((m) => `${m.name}@${Math.round(m.startTime)}`)
            .join(' '),
          resources: performance
            .getEntriesByType('resource')
            .map(
              (e) =>
                `${Math.round(e.startTime)}-${Math.round((e as PerformanceResourceTiming).responseEnd)} ${new URL(e.name).pathname.split('/').pop()}`,
            ),
        }))
        const events = (
          JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
        ).traceEvents
        await context.close()
        if (round === 0) continue
        if (process.env.DEBUG_TRACE) {
          const c = new Map<string, number>()
          for (const e of events) c.set(e.name + ' ' + e.ph, (c.get(e.name + ' ' + e.ph) ?? 0) + 1)
          console.log(events.length, [...c].sort((a, b) => b[1] - a[1]).slice(0, 40))
        }
        const navStart = events.find(
          (e) =>
            e.name === 'navigationStart' &&
            (
              e.args?.data as { documentLoaderURL?: string } | undefined
            )?.documentLoaderURL?.startsWith('http'),
        )
        if (!navStart) throw new Error('no navigationStart in the trace')
        // The renderer's main thread is where navigation started.
        const main = `${navStart.pid}:${navStart.tid}`
        const t0 = navStart.ts
        const end = t0 + readyAt * 1000
        const mainEvents = events.filter(
          (e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.ts < end,
        )
        const totals = new Map<string, number>()
        // Count only the outermost event of each kind-nesting chain: sort by start, skip nested.
        const tasks = mainEvents.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts)
        for (const e of mainEvents) {
          const kindName = KINDS[e.name]
          if (!kindName) continue
          const parentSame = mainEvents.some(
            (p) =>
              p !== e &&
              KINDS[p.name] === kindName &&
              p.ts <= e.ts &&
              p.ts + (p.dur ?? 0) >= e.ts + (e.dur ?? 0) &&
              (p.dur ?? 0) > (e.dur ?? 0),
          )
          if (parentSame) continue
          totals.set(kindName, (totals.get(kindName) ?? 0) + (e.dur ?? 0) / 1000)
        }
        const busy = tasks.reduce((a, t) => a + (t.dur ?? 0) / 1000, 0)
        console.log(
          `\n===== ${kind} ${nodes} nodes round ${round}: ready ${readyAt.toFixed(0)} ms, main thread busy ${busy.toFixed(0)} ms`,
        )
        for (const [k, ms] of [...totals].sort((a, b) => b[1] - a[1]))
          console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${k}`)
        console.log('  tasks over 20 ms (start, ms):')
        for (const t of tasks.filter((t) => (t.dur ?? 0) > 8_000)) {
          const inside = mainEvents.filter(
            (e) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0) && KINDS[e.name],
          )
          const parts = new Map<string, number>()
          for (const e of inside) {
            const nested = inside.some(
              (p) =>
                p !== e &&
                KINDS[p.name] === KINDS[e.name] &&
                p.ts <= e.ts &&
                p.ts + (p.dur ?? 0) >= e.ts + (e.dur ?? 0) &&
                (p.dur ?? 0) > (e.dur ?? 0),
            )
            if (!nested)
              parts.set(
                KINDS[e.name] as string,
                (parts.get(KINDS[e.name] as string) ?? 0) + (e.dur ?? 0) / 1000,
              )
          }
          const desc = [...parts]
            .sort((a, b) => b[1] - a[1])
            .map(([k, ms]) => `${k} ${ms.toFixed(0)}`)
            .join(', ')
          const calls = inside
            .filter(
              (e) =>
                e.name === 'FunctionCall' ||
                e.name === 'EvaluateScript' ||
                e.name === 'TimerFire' ||
                e.name === 'FireAnimationFrame' ||
                e.name === 'EventDispatch',
            )
            .filter(
              (e) =>
                !inside.some(
                  (p) =>
                    p !== e &&
                    [
                      'FunctionCall',
                      'EvaluateScript',
                      'TimerFire',
                      'FireAnimationFrame',
                      'EventDispatch',
                    ].includes(p.name) &&
                    p.ts <= e.ts &&
                    p.ts + (p.dur ?? 0) >= e.ts + (e.dur ?? 0) &&
                    (p.dur ?? 0) > (e.dur ?? 0),
                ),
            )
            .filter((e) => (e.dur ?? 0) > 3000)
            .map(
              (e) =>
                `${e.name}:${String(e.args?.data?.functionName ?? e.args?.data?.type ?? '').slice(0, 20)}@${String(
                  e.args?.data?.url ?? '',
                )
                  .split('/')
                  .pop()}:${String(e.args?.data?.lineNumber ?? '')} ${((e.dur ?? 0) / 1000).toFixed(0)}`,
            )
          console.log(
            `    ${((t.ts - t0) / 1000).toFixed(0).padStart(6)} ${((t.dur ?? 0) / 1000).toFixed(0).padStart(5)}  ${desc}\n           ${calls.join('\n           ')}`,
          )
        }
        void origin
        console.log('  requests:', resources.join(' | '))
        console.log('  marks:', marks)
      }
  })
}

void main()
