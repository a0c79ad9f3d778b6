/**
 * Which React commits a cold canvas load makes before "ready" (not part of `npm run bench`): for
 * each commit, when it happened, how many components rendered and the components that rendered
 * most. Shows renders that a load could do without.
 * Builds without minifying, so components keep their names.
 *   tsx bench/commits-open.ts [nodes] [--skip-build]
 */
import { openProbedPage } from './lib/browser'
import { withSeededGraph } from './lib/diagnose'

declare global {
  interface Window {
    __self: Map<string, number>
    __commits: {
      t: number
      rendered: number
      top: [string, number][]
      ms: number
      order: string[]
    }[]
  }
}

function hook() {
  type Fiber = {
    flags: number
    type: unknown
    child: Fiber | null
    sibling: Fiber | null
    alternate: Fiber | null
    actualDuration?: number
    selfBaseDuration?: number
  }
  window.__commits = []
  window.__self = new Map()
  const nameOf = (t: unknown): string | null => {
    if (typeof t === 'function')
      return (t as { displayName?: string; name?: string }).displayName || t.name || null
    if (t && typeof t === 'object') {
      const o = t as { type?: unknown; render?: unknown; displayName?: string }
      if (o.displayName) return o.displayName
      if (o.type) return nameOf(o.type)
      if (o.render) return nameOf(o.render)
    }
    return null
  }
  Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
    configurable: true,
    value: {
      renderers: new Map(),
      supportsFiber: true,
      inject() {
        return 1
      },
      checkDCE() {},
      onScheduleFiberRoot() {},
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      onCommitFiberRoot(_id: number, root: { current: Fiber }) {
        const counts = new Map<string, number>()
        const order: string[] = []
        let rendered = 0
        let selfMs = 0
        const visit = (fiber: Fiber | null) => {
          for (let f = fiber; f; f = f.sibling) {
            const name = nameOf(f.type)
            if (name && (f.flags & 1) === 1) {
              rendered++
              window.__self.set(name, (window.__self.get(name) ?? 0) + (f.selfBaseDuration ?? 0))
              selfMs += f.selfBaseDuration ?? 0
              if (order.length < 14) order.push(name)
              counts.set(name, (counts.get(name) ?? 0) + 1)
            }
            if (!f.alternate || f.child !== f.alternate.child) visit(f.child)
          }
        }
        const start = performance.now()
        visit(root.current.child)
        window.__commits.push({
          t: Math.round(start),
          rendered,
          ms: Math.round(selfMs * 10) / 10,
          top: [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8),
          order,
        })
      },
    },
  })
}

async function main() {
  const build = { name: 'bench-commits', unminified: true, profilingReact: true, port: 4482 }
  await withSeededGraph(build, async ({ browser, nodes, urls }) => {
    for (const round of [0, 1]) {
      const { context, page } = await openProbedPage(browser, {
        expectNodes: nodes,
        firstPaintOf: null,
        countRenders: false,
      })
      await page.addInitScript(hook)
      await page.goto(urls.app)
      await page.waitForFunction(() => window.__bench.readyAt !== null, null, { timeout: 90_000 })
      await new Promise((r) => setTimeout(r, 1500))
      const { readyAt, commits, self } = await page.evaluate(() => ({
        readyAt: window.__bench.readyAt,
        commits: window.__commits,
        self: [...window.__self].sort((a, b) => b[1] - a[1]).slice(0, 45),
      }))
      await context.close()
      if (round === 0) continue
      console.log(`ready ${readyAt?.toFixed(0)} ms; ${commits.length} commits`)
      for (const c of commits)
        console.log(
          `${String(c.t).padStart(6)} ${String(c.rendered).padStart(5)} ${String(c.ms).padStart(6)} ms  ${c.top.map(([n, k]) => `${n}×${k}`).join(' ')}`,
        )
      console.log('render time by component (self, all commits):')
      for (const [n, ms] of self) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${n}`)
      for (const c of commits)
        if (c.rendered > 300) console.log(c.t, 'first rendered:', c.order.join(' > '))
    }
  })
}

void main()
