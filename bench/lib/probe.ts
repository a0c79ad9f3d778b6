/**
 * Code that runs inside the page. Every function here is serialised by Playwright, so it must be
 * self-contained: no imports, no outer variables. (tsx compiles with esbuild's keepNames, which
 * wraps inner functions in `__name(...)`; `NAME_SHIM` defines it in the page first.)
 */

export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f)'

export type ProbeOptions = {
  /** Canvas pages: nodes that must be measured and painted before the canvas counts as ready. */
  expectNodes: number | null
  /** Selector whose first match counts as the first rows painted (list page). */
  firstPaintOf: string | null
  /** Count React commits of node components (a DevTools-style hook; costs time, so opt-in). */
  countRenders: boolean
}

export type FrameSample = { deltas: number[]; longTasks: number[]; durationMs: number }
export type RenderCount = {
  commits: number
  draggedRenders: number
  otherNodeRenders: number
  otherNodesRendered: number
}

type Fiber = {
  tag: number
  flags: number
  memoizedProps: unknown
  child: Fiber | null
  sibling: Fiber | null
  alternate: Fiber | null
}

export type ClickPaint = {
  clickAt: number | null
  /** Frames that began between the click and the DOM change: 0 means it made the next frame. */
  framesBefore: number | null
  changeAt: number | null
  paintAt: number | null
}

export type BenchState = {
  clickPaint: ClickPaint | null
  readyAt: number | null
  /** Canvas pages: the paint after the first step node was shown inside the canvas. */
  firstNodeAt: number | null
  firstPaintAt: number | null
  longTasks: { start: number; duration: number }[]
  frames: number[] | null
  renders: { counting: boolean; commits: number; byNode: Map<string, number> }
  /** Performance.now() of the first paint after `selector` matched, or null after `timeoutMs`. */
  paintOf(selector: string, timeoutMs: number): Promise<number | null>
}

declare global {
  interface Window {
    __bench: BenchState
  }
}

export function installProbe(options: ProbeOptions) {
  // The time of the paint that follows the current frame: rAF runs before it, a task queued
  // from rAF runs after it.
  const afterPaint = (done: (t: number) => void) =>
    requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0))

  const state: BenchState = {
    clickPaint: null,
    readyAt: null,
    firstNodeAt: null,
    firstPaintAt: null,
    longTasks: [],
    frames: null,
    renders: { counting: false, commits: 0, byNode: new Map() },
    paintOf: (selector, timeoutMs) =>
      new Promise((resolve) => {
        const deadline = performance.now() + timeoutMs
        const poll = () => {
          if (document.querySelector(selector)) afterPaint(resolve)
          else if (performance.now() > deadline) resolve(null)
          else requestAnimationFrame(poll)
        }
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return
          observer.disconnect()
          afterPaint(resolve)
        })
        if (document.querySelector(selector)) return afterPaint(resolve)
        observer.observe(document, { childList: true, subtree: true, attributes: true })
        setTimeout(() => {
          observer.disconnect()
          poll()
        }, timeoutMs)
      }),
  }
  window.__bench = state

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        state.longTasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    // long tasks are not supported: frame deltas still tell the story
  }

  const expect = options.expectNodes
  if (expect !== null) {
    let firstSeen = false
    const inCanvas = (n: HTMLElement) => {
      const canvas = document.querySelector('.react-flow')?.getBoundingClientRect()
      const r = n.getBoundingClientRect()
      return (
        !!canvas &&
        r.width > 0 &&
        r.right > canvas.left &&
        r.left < canvas.right &&
        r.bottom > canvas.top &&
        r.top < canvas.bottom
      )
    }
    const check = () => {
      const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node')
      let shown = 0
      for (const n of nodes) if (n.style.visibility !== 'hidden') shown++
      if (!firstSeen && shown > 0)
        for (const n of nodes)
          if (n.style.visibility !== 'hidden' && inCanvas(n)) {
            firstSeen = true
            afterPaint((t) => (state.firstNodeAt = t))
            break
          }
      if (nodes.length === expect && shown === expect) afterPaint((t) => (state.readyAt = t))
      else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  }

  const firstPaintOf = options.firstPaintOf
  if (firstPaintOf !== null) {
    const arm = () => void state.paintOf(firstPaintOf, 30_000).then((t) => (state.firstPaintAt = t))
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', arm)
    else arm()
  }

  if (options.countRenders) {
    // React calls this hook on every commit, production builds included. A node component
    // receives `positionAbsoluteX` from React Flow; PerformedWork (flag 1) marks a fiber that
    // rendered in this commit; a subtree whose child is unchanged was skipped (DevTools' rule).
    const visit = (fiber: Fiber | null) => {
      for (let f = fiber; f; f = f.sibling) {
        const props = f.memoizedProps as { id?: unknown; positionAbsoluteX?: unknown } | null
        if (
          (f.flags & 1) === 1 &&
          props &&
          typeof props === 'object' &&
          'positionAbsoluteX' in props
        ) {
          const id = String(props.id)
          state.renders.byNode.set(id, (state.renders.byNode.get(id) ?? 0) + 1)
        }
        if (!f.alternate || f.child !== f.alternate.child) visit(f.child)
      }
    }
    const renderers = new Map<number, unknown>()
    Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
      configurable: true,
      value: {
        renderers,
        supportsFiber: true,
        inject(renderer: unknown) {
          const id = renderers.size + 1
          renderers.set(id, renderer)
          return id
        },
        checkDCE() {},
        onScheduleFiberRoot() {},
        onCommitFiberUnmount() {},
        onPostCommitFiberRoot() {},
        onCommitFiberRoot(_id: number, root: { current: Fiber }) {
          if (!state.renders.counting) return
          state.renders.commits++
          visit(root.current.child)
        },
      },
    })
  }
}

/** Starts recording rAF timestamps. */
export function startFrames() {
  const frames: number[] = []
  window.__bench.frames = frames
  const loop = (t: number) => {
    if (window.__bench.frames !== frames) return
    frames.push(t)
    requestAnimationFrame(loop)
  }
  requestAnimationFrame(loop)
}

/** Stops recording; frame deltas and the long tasks that started since `since`. */
export function stopFrames(since: number): FrameSample {
  const frames = window.__bench.frames ?? []
  window.__bench.frames = null
  const deltas = frames.slice(1).map((t, i) => t - (frames[i] as number))
  const longTasks = window.__bench.longTasks.filter((t) => t.start >= since).map((t) => t.duration)
  const first = frames[0] ?? 0
  return { deltas, longTasks, durationMs: (frames.at(-1) ?? first) - first }
}

export function startRenderCount() {
  window.__bench.renders.counting = true
  window.__bench.renders.commits = 0
  window.__bench.renders.byNode.clear()
}

export function stopRenderCount(draggedId: string): RenderCount {
  const { renders } = window.__bench
  renders.counting = false
  let otherNodeRenders = 0
  let otherNodesRendered = 0
  for (const [id, count] of renders.byNode) {
    if (id === draggedId) continue
    otherNodeRenders += count
    otherNodesRendered++
  }
  const draggedRenders = renders.byNode.get(draggedId) ?? 0
  return { commits: renders.commits, draggedRenders, otherNodeRenders, otherNodesRendered }
}

/**
 * Arms a one-shot measurement: the next click (capture phase, so before any handler runs) until
 * `selector` matches and that frame is painted.
 */
export function armClickPaint(selector: string) {
  const result: ClickPaint = { clickAt: null, framesBefore: null, changeAt: null, paintAt: null }
  window.__bench.clickPaint = result
  let frames = 0
  const countFrames = () => {
    if (result.changeAt !== null) return
    frames++
    requestAnimationFrame(countFrames)
  }
  const onClick = (event: MouseEvent) => {
    result.clickAt = event.timeStamp
    document.removeEventListener('click', onClick, true)
    requestAnimationFrame(countFrames)
  }
  document.addEventListener('click', onClick, true)
  const observer = new MutationObserver(() => {
    if (result.clickAt === null || !document.querySelector(selector)) return
    observer.disconnect()
    result.changeAt = performance.now()
    result.framesBefore = frames
    requestAnimationFrame(() => setTimeout(() => (result.paintAt = performance.now()), 0))
  })
  observer.observe(document.body, { childList: true, subtree: true, attributes: true })
}
