import type { Browser, Page } from '@playwright/test'
import { openProbedPage, waitForQuiet } from './browser'
import { round } from './stats'

export type TidyRun = {
  /** Steps the tidy-up moved (and saved): the progress bar's total. */
  moved: number
  /** The layout (dagre + which steps moved), in the page: the app's `tidy-up: layout` measure. */
  computeMs: number
  /** Click on "Tidy up" → the last position PATCH answered (resource timing). */
  saveMs: number
  /** PATCHes sent for the tidy-up (should equal `moved`). */
  patches: number
  /** Click on "Undo tidy up" → Redo offered again (every position put back). */
  undoMs: number
}

const NODE_PATCH = /\/nodes\/[^/?]+$/
/** How long the layout may hold the page before the progress bar shows. */
const LAYOUT_TIMEOUT = 300_000
const SLOW_LAYOUT_MS = 5_000

/** Performance.now() of the capture-phase click on the next button clicked. */
const armClick = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __clickAt: number | null }
    w.__clickAt = null
    document.addEventListener('click', (e) => (w.__clickAt = e.timeStamp), {
      capture: true,
      once: true,
    })
  })

const clickAt = (page: Page) =>
  page.evaluate(() => (window as unknown as { __clickAt: number }).__clickAt)

/** Node PATCHes answered since `since` (page time): how many, and when the last one ended. */
const patchesSince = (page: Page, since: number) =>
  page.evaluate(
    ([since, pattern]) => {
      const re = new RegExp(pattern)
      const entries = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime >= since && re.test(new URL(e.name).pathname))
        .map((e) => (e as PerformanceResourceTiming).responseEnd)
      return { count: entries.length, lastEnd: Math.max(0, ...entries) }
    },
    [since, NODE_PATCH.source] as const,
  )

/**
 * "Tidy up" of a big seeded graph through the UI, then its undo, `runs` times after a warm-up (the
 * undo puts the seeded grid back, so each run tidies the same graph). One page for all runs: the
 * undo history lives in the page.
 */
export async function tidyRuns(
  browser: Browser,
  url: string,
  nodes: number,
  runs: number,
): Promise<TidyRun[]> {
  const { context, page } = await openProbedPage(browser, {
    expectNodes: nodes,
    firstPaintOf: null,
    countRenders: false,
  })
  try {
    await page.goto(url)
    await page.waitForFunction(() => window.__bench.readyAt !== null, null, { timeout: 90_000 })
    // Every PATCH must stay in the resource timing buffer (250 entries by default).
    await page.evaluate(() => performance.setResourceTimingBufferSize(100_000))
    await waitForQuiet(page)
    const out: TidyRun[] = []
    for (let i = -1; i < runs; i++) {
      await page.evaluate(() => {
        performance.clearResourceTimings()
        performance.clearMeasures('tidy-up: layout')
      })
      await armClick(page)
      // Clicked from a task of the page, not through CDP: the layout runs in the click handler
      // and may hold the main thread longer than an input event may take.
      await page
        .getByRole('button', { name: 'Tidy up', exact: true })
        .evaluate((button: HTMLElement) => void setTimeout(() => button.click(), 0))
      const bar = page.getByRole('progressbar', { name: /^Tidying up/ })
      await bar.waitFor({ state: 'visible', timeout: LAYOUT_TIMEOUT })
      const moved = Number(await bar.getAttribute('aria-valuemax'))
      await page.getByTestId('tidy-progress').waitFor({ state: 'detached', timeout: 120_000 })
      const started = await clickAt(page)
      const { count, lastEnd } = await patchesSince(page, started)
      const computeMs = await page.evaluate(
        () => performance.getEntriesByName('tidy-up: layout').at(-1)?.duration ?? NaN,
      )
      await waitForQuiet(page)
      await page.evaluate(() => performance.clearResourceTimings())
      await armClick(page)
      await page.getByRole('button', { name: 'Undo tidy up' }).click()
      await page
        .getByRole('button', { name: 'Redo tidy up' })
        .and(page.locator(':enabled'))
        .waitFor({ timeout: 120_000 })
      const undoEnd = await page.evaluate(() => performance.now())
      const undoStart = await clickAt(page)
      await waitForQuiet(page)
      const run = {
        moved,
        computeMs: round(computeMs, 1),
        saveMs: round(lastEnd - started, 0),
        patches: count,
        undoMs: round(undoEnd - undoStart, 0),
      }
      // A layout that takes seconds is measured once (its warm-up run), not `runs` more times.
      if (i < 0 && computeMs > SLOW_LAYOUT_MS) return [run]
      if (i >= 0) out.push(run)
    }
    return out
  } catch (error) {
    await page.screenshot({ path: 'bench-results/tidy-failure.png' }).catch(() => undefined)
    throw error
  } finally {
    await context.close()
  }
}
