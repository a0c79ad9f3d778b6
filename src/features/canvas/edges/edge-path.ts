import { MIN_TEXT_PX } from '../nodes/shared/node-metrics'

export type XY = { x: number; y: number }
export type Rect = { x: number; y: number; width: number; height: number }

/** The label starts this far right of the source handle (clear of the handle's 12 px dot). */
export const LABEL_OFFSET = 10
export const LABEL_FONT_PX = MIN_TEXT_PX
export const LABEL_HEIGHT = 18
/** A backward edge leaves its source and enters its target this far out, in the column gap. */
export const LANE = 24
/** Clearance between a backward edge's run and the steps it passes. */
const CLEARANCE = 20
const CORNER = 10

/** The box a label's text takes (an estimate: 0.62 em per character at 14 px, bold). */
export const labelBox = (source: XY, text: string): Rect => ({
  x: source.x + LABEL_OFFSET,
  y: source.y - LABEL_HEIGHT / 2,
  width: text.length * 0.62 * LABEL_FONT_PX,
  height: LABEL_HEIGHT,
})

/** An edge whose target is not clearly right of its source: a smooth curve would cut back across. */
export const isBackward = (source: XY, target: XY) => target.x < source.x + 2 * LANE

/** Whether a step stands between a backward edge's lanes (only those steps move its run). */
export function spansRun(source: XY, target: XY, r: Rect): boolean {
  const left = target.x - LANE - CLEARANCE
  const right = source.x + LANE + CLEARANCE
  return r.x < right && r.x + r.width > left
}

/**
 * Steps sorted once for many `runY` calls: by top, and by bottom from the lowest up, with the
 * tallest step's height (how far above a height a step can start and still reach it).
 */
export type SortedSteps = {
  byTop: readonly Rect[]
  byBottom: readonly Rect[]
  tallest: number
}
export const sortSteps = (steps: readonly Rect[]): SortedSteps => ({
  byTop: [...steps].sort((a, b) => a.y - b.y),
  byBottom: [...steps].sort((a, b) => b.y + b.height - (a.y + a.height)),
  tallest: steps.reduce((most, r) => Math.max(most, r.height), 0),
})

/** The first index of `sorted` from which `reached` holds (it holds for a suffix of the array). */
function firstReaching(sorted: readonly Rect[], reached: (r: Rect) => boolean): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (reached(sorted[mid] as Rect)) hi = mid
    else lo = mid + 1
  }
  return lo
}

/**
 * The height of a backward edge's run between the two columns: the nearest line below (or above,
 * when that is shorter) both endpoints that is `CLEARANCE` clear of every step it spans.
 * `steps` may hold any steps; only those between the lanes count. Give many calls the same
 * `sortSteps` result: each call is then one pass over the steps.
 *
 * Going down from `start`, each step between the lanes blocks the open band from `CLEARANCE` above
 * it to `CLEARANCE` below it; the run is the first height at or past `start` in no band. Bands
 * taken by their top cannot block a height above their top, so one pass in top order finds it
 * (and one pass in bottom order going up). No step is taller than the tallest, so the pass starts
 * where a step can first reach the start (a binary search) instead of at the top of the graph:
 * at 1,000 steps, scanning every step above for each backward edge was most of a cold load's
 * edge routing.
 */
export function runY(source: XY, target: XY, steps: readonly Rect[] | SortedSteps): number {
  const { byTop, byBottom, tallest } = 'byTop' in steps ? steps : sortSteps(steps)
  let below = Math.max(source.y, target.y) + CLEARANCE
  // A step whose top is this far above the start ends above its band: skip to the first that may not.
  const fromTop = firstReaching(byTop, (r) => r.y + tallest + CLEARANCE > below)
  for (let i = fromTop; i < byTop.length; i++) {
    const r = byTop[i] as Rect
    if (!spansRun(source, target, r)) continue
    if (r.y - CLEARANCE >= below) break
    if (below < r.y + r.height + CLEARANCE) below = r.y + r.height + CLEARANCE
  }
  let above = Math.min(source.y, target.y) - CLEARANCE
  const fromBottom = firstReaching(byBottom, (r) => r.y + r.height - tallest - CLEARANCE < above)
  for (let i = fromBottom; i < byBottom.length; i++) {
    const r = byBottom[i] as Rect
    if (!spansRun(source, target, r)) continue
    if (r.y + r.height + CLEARANCE <= above) break
    if (above > r.y - CLEARANCE) above = r.y - CLEARANCE
  }
  const detour = (y: number) => Math.abs(y - source.y) + Math.abs(y - target.y)
  return detour(above) < detour(below) ? above : below
}

/** Out of the source to the right, along the run at `y`, and into the target from the left. */
export const backwardPoints = (source: XY, target: XY, y: number): XY[] => [
  source,
  { x: source.x + LANE, y: source.y },
  { x: source.x + LANE, y },
  { x: target.x - LANE, y },
  { x: target.x - LANE, y: target.y },
  target,
]

/** An SVG path through `points` with rounded corners. */
export function roundedPath(points: readonly XY[]): string {
  const [first, ...rest] = points
  if (!first) return ''
  let d = `M ${first.x} ${first.y}`
  rest.forEach((p, i) => {
    const prev = points[i] as XY
    const next = rest[i + 1]
    if (!next) {
      d += ` L ${p.x} ${p.y}`
      return
    }
    const r = Math.min(CORNER, dist(prev, p) / 2, dist(p, next) / 2)
    const a = toward(p, prev, r)
    const b = toward(p, next, r)
    d += ` L ${a.x} ${a.y} Q ${p.x} ${p.y} ${b.x} ${b.y}`
  })
  return d
}

const dist = (a: XY, b: XY) => Math.hypot(b.x - a.x, b.y - a.y)
function toward(from: XY, to: XY, r: number): XY {
  const d = dist(from, to) || 1
  return { x: from.x + ((to.x - from.x) * r) / d, y: from.y + ((to.y - from.y) * r) / d }
}
