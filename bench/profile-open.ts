/**
 * Where a cold canvas load spends its time (not part of `npm run bench`): builds the working tree,
 * seeds one graph, loads the app and the bare page with the CPU profiler on, and prints the
 * requests (start → end) and the functions with the most self time, grouped by source file.
 *   tsx bench/profile-open.ts [nodes] [--skip-build]
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { openProbedPage, waitForQuiet } from './lib/browser'
import { withSeededGraph } from './lib/diagnose'
import { pacedDrag, pickNode } from './lib/pointer'

type ProfileNode = {
  id: number
  children?: number[]
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}

/** Bundle line → the source module it came from (the unminified build marks each with a comment). */
function moduleLines(outDir: string, file: string): (line: number) => string {
  let starts: { line: number; name: string }[] = []
  try {
    const text = readFileSync(join(outDir, 'assets', file), 'utf8').split('\n')
    starts = text.flatMap((l, i) => {
      const m = l.match(/^\/\/ ((?:src|node_modules)\/\S+)/)
      return m?.[1]
        ? [{ line: i, name: m[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1') }]
        : []
    })
  } catch {
    // not one of the build's files
  }
  return (line) => {
    let name = file || '(native)'
    for (const s of starts) if (s.line <= line) name = s.name
    return name
  }
}

/** Self and inclusive sample time per source module (each module counted once per stack). */
function byModule(
  profile: { nodes: ProfileNode[]; samples: number[] },
  outDir: string,
  us: number,
) {
  const lookups = new Map<string, (line: number) => string>()
  const moduleOf = (n: ProfileNode) => {
    const file = n.callFrame.url.split('/').pop() ?? ''
    if (!file) return n.callFrame.functionName ? `(${n.callFrame.functionName})` : '(native)'
    if (!lookups.has(file)) lookups.set(file, moduleLines(outDir, file))
    return (lookups.get(file) as (line: number) => string)(n.callFrame.lineNumber)
  }
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  const inclusive = new Map<string, number>()
  const ms = us / 1000
  for (const id of profile.samples) {
    const leaf = byId.get(id)
    if (!leaf) continue
    const leafModule = moduleOf(leaf)
    if (leafModule === '(idle)' || leafModule === '(program)') continue
    self.set(leafModule, (self.get(leafModule) ?? 0) + ms)
    const seen = new Set<string>()
    for (let n: ProfileNode | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
      const m = moduleOf(n)
      if (seen.has(m)) continue
      seen.add(m)
      inclusive.set(m, (inclusive.get(m) ?? 0) + ms)
    }
  }
  return { self, inclusive }
}

async function main() {
  const drag = process.argv.includes('--drag')
  // Not minified, so the profile names functions.
  await withSeededGraph({ name: 'bench-profile', unminified: true, port: 4480 }, async (seeded) => {
    const { browser, nodes, outDir, urls } = seeded
    for (const round of [0, 1])
      for (const [kind, url] of Object.entries(urls)) {
        const { context, page } = await openProbedPage(browser, {
          expectNodes: nodes,
          firstPaintOf: null,
          countRenders: false,
        })
        const cdp = await context.newCDPSession(page)
        await cdp.send('Profiler.enable')
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
        if (!drag) await cdp.send('Profiler.start')
        await page.goto(url)
        await page.waitForFunction(() => window.__bench.readyAt !== null, null, { timeout: 60_000 })
        if (drag) {
          await waitForQuiet(page)
          const node = await pickNode(page)
          if (!node) throw new Error('nothing to drag')
          await cdp.send('Profiler.start')
          await pacedDrag(page, node.at, { x: 160, y: 90 })
          await new Promise((r) => setTimeout(r, 600))
        }
        const { profile } = (await cdp.send('Profiler.stop')) as {
          profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] }
        }
        const info = await page.evaluate(() => ({
          readyAt: window.__bench.readyAt,
          firstNodeAt: window.__bench.firstNodeAt,
          resources: performance
            .getEntriesByType('resource')
            .map((e) => [
              new URL(e.name).pathname + new URL(e.name).search,
              Math.round(e.startTime),
              Math.round((e as PerformanceResourceTiming).responseEnd),
            ]),
          nav: performance.getEntriesByType('navigation').map((e) => {
            const n = e as PerformanceNavigationTiming
            return { dcl: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd) }
          }),
          longTasks: window.__bench.longTasks.map((t) => [
            Math.round(t.start),
            Math.round(t.duration),
          ]),
        }))
        await context.close()
        if (round === 0) continue
        const us = (profile.endTime - profile.startTime) / profile.samples.length
        const self = new Map<string, number>()
        const byFile = new Map<string, number>()
        for (const n of profile.nodes) {
          const ms = ((n.hitCount ?? 0) * us) / 1000
          const file = n.callFrame.url.split('/').pop() || '(native)'
          const key = `${n.callFrame.functionName || '(anon)'} ${file}:${n.callFrame.lineNumber}`
          self.set(key, (self.get(key) ?? 0) + ms)
          byFile.set(file, (byFile.get(file) ?? 0) + ms)
        }
        // Inclusive time per function (a component's own render, its hooks included).
        const byId = new Map(profile.nodes.map((n) => [n.id, n]))
        const total = new Map<string, number>()
        const inclusive = (n: ProfileNode, onStack: Set<string>): number => {
          const file = n.callFrame.url.split('/').pop() || '(native)'
          const key = `${n.callFrame.functionName || '(anon)'} ${file}:${n.callFrame.lineNumber}`
          const fresh = !onStack.has(key)
          if (fresh) onStack.add(key)
          let ms = ((n.hitCount ?? 0) * us) / 1000
          for (const c of n.children ?? []) ms += inclusive(byId.get(c) as ProfileNode, onStack)
          if (fresh) {
            onStack.delete(key)
            total.set(key, (total.get(key) ?? 0) + ms)
          }
          return ms
        }
        inclusive(profile.nodes[0] as ProfileNode, new Set())
        const top = (m: Map<string, number>, k: number) =>
          [...m]
            .sort((a, b) => b[1] - a[1])
            .slice(0, k)
            .map(([n, ms]) => `${ms.toFixed(1).padStart(7)} ms  ${n}`)
        console.log(
          `\n===== ${kind}: first node ${info.firstNodeAt?.toFixed(0)} ms, ready ${info.readyAt?.toFixed(0)} ms`,
        )
        console.log('navigation', info.nav)
        console.log('requests (start, end):')
        for (const r of info.resources)
          console.log(`  ${String(r[1]).padStart(5)} ${String(r[2]).padStart(5)}  ${r[0]}`)
        console.log('long tasks (start, ms):', JSON.stringify(info.longTasks))
        console.log('self time by file:\n' + top(byFile, 12).join('\n'))
        console.log('self time by function:\n' + top(self, 30).join('\n'))
        const mine = new Map([...total].filter(([k]) => /^[A-Z]\w+ /.test(k)))
        console.log(
          'inclusive time of capitalised functions (components):\n' + top(mine, 40).join('\n'),
        )
        const { self: modSelf, inclusive: modIncl } = byModule(profile, outDir, us)
        console.log('self time by source module:\n' + top(modSelf, 30).join('\n'))
        console.log(
          'inclusive time by source module:\n' +
            top(modIncl, Number(process.env.TOP_MODULES ?? 40)).join('\n'),
        )
      }
  })
}

void main()
