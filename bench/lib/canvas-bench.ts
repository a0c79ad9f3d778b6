import type { Browser, CDPSession, Page } from '@playwright/test'
import { openProbedPage, sleep, waitForQuiet } from './browser'
import { canvasBox, pacedDrag, pickNode, pickPane, type Point } from './pointer'
import {
  startFrames,
  startRenderCount,
  stopFrames,
  stopRenderCount,
  type FrameSample,
  type RenderCount,
} from './probe'
import { medianOf, percentile, round, sortedCopy } from './stats'

export type FrameFigures = {
  mean: number
  p50: number
  p95: number
  max: number
  over50: number
  longTasks: number
  longTaskMs: number
  /** Longest frame in the half second after release (a save, a re-derive). */
  settleMax: number
  scriptMs: number
  layoutMs: number
}
export type SmoothResult = {
  drag: FrameFigures
  pan: FrameFigures
  /** Other nodes whose component rendered while one node was dragged (median over drags). */
  otherNodesRendered: number
  otherNodeRenders: number
  /** Renders of the dragged node itself and React commits per drag (checks the counter works). */
  draggedRenders: number
  commits: number
  /** Node components rendered in the 600 ms after the drop (saving the move). */
  otherNodesRenderedAfterDrop: number
  heapMb: number
  crashed: boolean
}

const READY_TIMEOUT = 90_000

/** Loads `url` in a fresh context and waits for `nodes` nodes measured and painted. */
async function loadCanvas(browser: Browser, url: string, nodes: number, countRenders: boolean) {
  const probed = await openProbedPage(browser, {
    expectNodes: nodes,
    firstPaintOf: null,
    countRenders,
  })
  await probed.page.goto(url)
  await probed.page.waitForFunction(() => window.__bench.readyAt !== null, null, {
    timeout: READY_TIMEOUT,
    polling: 100,
  })
  const { readyAt, firstNodeAt } = await probed.page.evaluate(() => ({
    readyAt: window.__bench.readyAt as number,
    firstNodeAt: window.__bench.firstNodeAt ?? NaN,
  }))
  return { ...probed, readyAt, firstNodeAt }
}

export type ColdLoad = {
  readyMs: number
  /** Navigation start → the paint after the first step node showed inside the canvas. */
  firstNodeMs: number
  box: { width: number; height: number } | null
}

/** Navigation start → all nodes measured and painted, in a fresh (cold-cache) context. */
export async function coldLoad(browser: Browser, url: string, nodes: number): Promise<ColdLoad> {
  const { context, page, readyAt, firstNodeAt } = await loadCanvas(browser, url, nodes, false)
  const box = await canvasBox(page)
  await context.close()
  return { readyMs: round(readyAt, 1), firstNodeMs: round(firstNodeAt, 1), box }
}

async function cdpMetrics(cdp: CDPSession) {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[]
  }
  return new Map(metrics.map((m) => [m.name, m.value]))
}

function figures(
  sample: FrameSample,
  settle: FrameSample,
  before: Map<string, number>,
  after: Map<string, number>,
) {
  const s = sortedCopy(sample.deltas)
  const delta = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000
  return {
    mean: round(s.reduce((a, b) => a + b, 0) / (s.length || 1), 2),
    p50: round(percentile(s, 50), 2),
    p95: round(percentile(s, 95), 2),
    max: round(s.at(-1) ?? NaN, 1),
    over50: s.filter((d) => d > 50).length,
    longTasks: sample.longTasks.length,
    longTaskMs: round(
      sample.longTasks.reduce((a, b) => a + b, 0),
      1,
    ),
    settleMax: round(Math.max(0, ...settle.deltas), 1),
    scriptMs: round(delta('ScriptDuration'), 1),
    layoutMs: round(delta('LayoutDuration') + delta('RecalcStyleDuration'), 1),
  }
}

/** One sampled gesture: frames and CDP metrics while it runs, then the frames right after. */
async function sampled(
  page: Page,
  cdp: CDPSession,
  gesture: () => Promise<void>,
): Promise<FrameFigures> {
  const before = await cdpMetrics(cdp)
  const since = await page.evaluate(() => performance.now())
  await page.evaluate(startFrames)
  await gesture()
  const sample = await page.evaluate(stopFrames, since)
  const after = await cdpMetrics(cdp)
  const settleSince = await page.evaluate(() => performance.now())
  await page.evaluate(startFrames)
  await sleep(500)
  const settle = await page.evaluate(stopFrames, settleSince)
  await waitForQuiet(page)
  return figures(sample, settle, before, after)
}

const DRAG_BY: Point = { x: 160, y: 90 }
const PAN_BY: Point = { x: -240, y: -120 }

type Session = {
  drag(): Promise<FrameFigures>
  pan(): Promise<FrameFigures>
  /** Renders of node components during one drag, and in the 600 ms after its release. */
  renders(): Promise<{ during: RenderCount; afterDrop: RenderCount }>
  finish(): Promise<{ heapMb: number; crashed: boolean }>
}

/** A loaded canvas with a node to drag and a spot of pane to pan from. */
const transformOf = (page: Page, selector: string) =>
  page.evaluate(
    (sel) => (document.querySelector(sel) as HTMLElement | null)?.style.transform ?? '',
    selector,
  )

async function openSession(browser: Browser, url: string, nodes: number): Promise<Session> {
  const { context, page, crashed } = await loadCanvas(browser, url, nodes, true)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  await waitForQuiet(page)
  let away = { drag: false, pan: false }
  /**
   * Points are picked afresh for every gesture (the view may have settled since the last one), and
   * a gesture that moved nothing is picked and run once more; a second miss fails the run.
   */
  const gesture = async (
    kind: 'drag' | 'pan',
    steps?: number,
  ): Promise<{ figures: FrameFigures; nodeId: string }> => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const node = kind === 'drag' ? await pickNode(page) : null
      const at = kind === 'drag' ? node?.at : await pickPane(page)
      if (!at) break
      const target = node ? `[data-id="${node.id}"]` : '.react-flow__viewport'
      const before = await transformOf(page, target)
      const by = kind === 'drag' ? DRAG_BY : PAN_BY
      const move = away[kind] ? { x: -by.x, y: -by.y } : by
      const figures = await sampled(page, cdp, () => pacedDrag(page, at, move, steps))
      if ((await transformOf(page, target)) !== before) {
        away = { ...away, [kind]: !away[kind] }
        return { figures, nodeId: node?.id ?? '' }
      }
    }
    throw new Error(`a ${kind} on ${url} moved nothing`)
  }
  return {
    drag: async () => (await gesture('drag')).figures,
    pan: async () => (await gesture('pan')).figures,
    async renders() {
      const node = await pickNode(page)
      if (!node) throw new Error(`no node to drag on ${url}`)
      await page.evaluate(startRenderCount)
      const move = away.drag ? { x: -DRAG_BY.x, y: -DRAG_BY.y } : DRAG_BY
      await pacedDrag(page, node.at, move, 20)
      away = { ...away, drag: !away.drag }
      const during = await page.evaluate(stopRenderCount, node.id)
      await page.evaluate(startRenderCount)
      await sleep(600)
      const afterDrop = await page.evaluate(stopRenderCount, node.id)
      await waitForQuiet(page)
      return { during, afterDrop }
    },
    async finish() {
      const heap = await cdpMetrics(cdp).catch(() => new Map<string, number>())
      const result = {
        heapMb: round((heap.get('JSHeapUsedSize') ?? 0) / 2 ** 20, 1),
        crashed: crashed(),
      }
      await context.close()
      return result
    },
  }
}

/**
 * The app's canvas and the bare React Flow page side by side: each gesture (drag a node, pan the
 * pane) is run on one then the other, a warm-up and then `runs` times, so that whatever else the
 * machine is doing weighs on both alike. Frames are sampled with requestAnimationFrame and
 * long-task observers; node renders are counted during and right after a drag.
 */
export async function smoothnessSideBySide(
  browser: Browser,
  urls: { app: string; bare: string },
  nodes: number,
  runs: number,
): Promise<{ app: SmoothResult; bare: SmoothResult }> {
  const app = await openSession(browser, urls.app, nodes)
  const bare = await openSession(browser, urls.bare, nodes).catch(async (error: unknown) => {
    await app.finish()
    throw error
  })
  const sessions = { app, bare }
  const figures = {
    app: { drag: [] as FrameFigures[], pan: [] as FrameFigures[], renders: [] as RenderCounts[] },
    bare: { drag: [] as FrameFigures[], pan: [] as FrameFigures[], renders: [] as RenderCounts[] },
  }
  try {
    for (const gesture of ['drag', 'pan'] as const)
      for (let i = 0; i <= runs; i++)
        for (const kind of ['app', 'bare'] as const) {
          const result = await sessions[kind][gesture]()
          if (i > 0) figures[kind][gesture].push(result)
        }
    for (let i = 0; i < Math.min(runs, 3); i++)
      for (const kind of ['app', 'bare'] as const)
        figures[kind].renders.push(flatten(await sessions[kind].renders()))
  } catch (error) {
    await Promise.all([app.finish(), bare.finish()])
    throw error
  }
  const summary = async (kind: 'app' | 'bare'): Promise<SmoothResult> => {
    const f = figures[kind]
    const counted = medianOf(f.renders)
    return {
      drag: medianOf(f.drag),
      pan: medianOf(f.pan),
      otherNodesRendered: counted.otherNodesRendered,
      otherNodeRenders: counted.otherNodeRenders,
      draggedRenders: counted.draggedRenders,
      commits: counted.commits,
      otherNodesRenderedAfterDrop: counted.afterDropNodes,
      ...(await sessions[kind].finish()),
    }
  }
  return { app: await summary('app'), bare: await summary('bare') }
}

type RenderCounts = {
  otherNodesRendered: number
  otherNodeRenders: number
  draggedRenders: number
  commits: number
  afterDropNodes: number
}

const flatten = ({
  during,
  afterDrop,
}: {
  during: RenderCount
  afterDrop: RenderCount
}): RenderCounts => ({
  otherNodesRendered: during.otherNodesRendered,
  otherNodeRenders: during.otherNodeRenders,
  draggedRenders: during.draggedRenders,
  commits: during.commits,
  // The dragged node counts too here: after the drop every re-rendered node is a cost.
  afterDropNodes: afterDrop.otherNodesRendered + (afterDrop.draggedRenders ? 1 : 0),
})
