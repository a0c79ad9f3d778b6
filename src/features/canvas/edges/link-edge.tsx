import { memo, type CSSProperties } from 'react'
import {
  BaseEdge,
  getBezierPath,
  useStore,
  type EdgeProps,
  type EdgeTypes,
  type ReactFlowState,
} from '@xyflow/react'
import type { LinkEdge as LinkEdgeType } from '../types'
import { edgeLabelText } from './edge-label'
import {
  LABEL_OFFSET,
  backwardPoints,
  isBackward,
  roundedPath,
  runY,
  sortSteps,
  spansRun,
  type Rect,
  type SortedSteps,
  type XY,
} from './edge-path'

const STROKE = { error: '#b91c1c', warning: '#92400e', taken: '#4338ca', normal: '#64748b' }

/** The steps as rectangles, built once per nodes array and shared by every backward edge. */
function rectsOf(nodes: ReactFlowState['nodes']): Rect[] {
  return nodes.map((n) => ({
    x: n.position.x,
    y: n.position.y,
    width: n.measured?.width ?? n.width ?? 0,
    height: n.measured?.height ?? n.height ?? 0,
  }))
}

const sameRect = (a: Rect, b: Rect) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height

/** A backward edge's run, for the endpoints it was worked out for. */
type Run = { source: XY; target: XY; y: number }
/**
 * Runs by edge and its endpoints, per nodes array: a pan or an unrelated update recomputes
 * nothing. A new nodes array (a drag frame) starts from the previous array's runs: a run is taken
 * over unless a step that moved (where it was or where it is now) stands between its lanes, so a
 * drag recomputes only the runs the dragged step can change instead of every backward edge
 * against every step.
 */
type RunCache = {
  ids: string[]
  rects: Rect[]
  sorted: SortedSteps | null
  /** By edge id: a store update runs every backward edge's selector, so a hit must be cheap. */
  runs: Map<string, Run>
  /** The previous array's runs and the boxes that changed since (old and new), if comparable. */
  before: { runs: Map<string, Run>; changed: Rect[] } | null
}
const runCaches = new WeakMap<ReactFlowState['nodes'], RunCache>()
let latest: RunCache | null = null

function runCacheOf(nodes: ReactFlowState['nodes']): RunCache {
  let cache = runCaches.get(nodes)
  if (cache) return cache
  const ids = nodes.map((n) => n.id)
  const rects = rectsOf(nodes)
  let before: RunCache['before'] = null
  if (latest && latest.ids.length === ids.length) {
    const changed: Rect[] = []
    let comparable = true
    for (let i = 0; i < ids.length && comparable; i++) {
      const was = latest.rects[i] as Rect
      const now = rects[i] as Rect
      if (latest.ids[i] !== ids[i]) comparable = false
      else if (!sameRect(was, now)) changed.push(was, now)
    }
    if (comparable) before = { runs: latest.runs, changed }
  }
  cache = { ids, rects, sorted: null, runs: new Map(), before }
  runCaches.set(nodes, cache)
  latest = cache
  return cache
}

const sameEnds = (run: Run | undefined, source: XY, target: XY): run is Run =>
  !!run &&
  run.source.x === source.x &&
  run.source.y === source.y &&
  run.target.x === target.x &&
  run.target.y === target.y

function cachedRunY(nodes: ReactFlowState['nodes'], id: string, source: XY, target: XY): number {
  const cache = runCacheOf(nodes)
  const known = cache.runs.get(id)
  if (sameEnds(known, source, target)) return known.y
  const kept = cache.before?.runs.get(id)
  const y =
    sameEnds(kept, source, target) &&
    !cache.before?.changed.some((r) => spansRun(source, target, r))
      ? kept.y
      : runY(source, target, (cache.sorted ??= sortSteps(cache.rects)))
  cache.runs.set(id, { source, target, y })
  return y
}

/**
 * An edge with its label. Problems show as colour and as line style (thick for errors, dashed
 * for warnings) plus an icon on the label, so they never depend on colour alone.
 *
 * A forward edge is a bezier; a backward one (a retry loop) leaves its source to the right, runs
 * below or above the steps between the two columns and enters its target from the left. Only a
 * backward edge reads the other steps, through a selector that returns one number, so it
 * re-renders when its run has to move, not on every drag or pan.
 *
 * The label sits just right of the source handle (the output's name is in the step beside it), so
 * labels leaving one step are an output row apart. It is SVG text with a white halo
 * (`paint-order: stroke`), not an HTML box in EdgeLabelRenderer: that portal looks up its
 * container on every store change, once per edge, and its boxes are measured and repainted on
 * every pan frame; a halo needs no measuring.
 */
type PathProps = {
  id: string
  source: XY
  target: XY
  markerEnd: string | undefined
  style: CSSProperties
}

/**
 * A backward edge's line: the only part that reads the other steps (a store subscription per
 * backward edge; forward edges subscribe to nothing, so a drag frame runs no selector for them).
 */
function BackwardPath({ id, source, target, markerEnd, style }: PathProps) {
  const run = useStore((s) => cachedRunY(s.nodes, id, source, target))
  return (
    <BaseEdge
      id={id}
      path={roundedPath(backwardPoints(source, target, run))}
      markerEnd={markerEnd}
      style={style}
    />
  )
}

const ENDS = ['sourceX', 'sourceY', 'targetX', 'targetY'] as const
/** Far below a screen pixel at any zoom the canvas allows (1 px is 0.5 units at its 2×). */
const SAME_END = 0.01

/**
 * The memo check: every prop the same, except that an end may differ by less than `SAME_END`.
 * The steps arrive with their handles already placed (to-flow.ts), but React Flow's resize
 * observer measures every step once more after the first paint, and the handle positions it
 * reads back differ from the given ones by float noise (1e-4 at the fitted zoom). Without this
 * every connection drew again for nothing: 1,800 paths, ~70 ms, at 1,000 steps.
 */
export function sameEdgeProps(a: EdgeProps<LinkEdgeType>, b: EdgeProps<LinkEdgeType>): boolean {
  const keys = Object.keys(b) as (keyof EdgeProps<LinkEdgeType>)[]
  if (Object.keys(a).length !== keys.length) return false
  for (const k of keys) {
    if (Object.is(a[k], b[k])) continue
    if (!(ENDS as readonly string[]).includes(k)) return false
    if (!(Math.abs((a[k] as number) - (b[k] as number)) < SAME_END)) return false
  }
  return true
}

export const LinkEdge = memo(function LinkEdge(props: EdgeProps<LinkEdgeType>) {
  const { id, data, selected, markerEnd, sourceX, sourceY, targetX, targetY } = props
  const source = { x: sourceX, y: sourceY }
  const target = { x: targetX, y: targetY }
  const backward = isBackward(source, target)
  const marker = data?.marker ?? null
  const taken = data?.taken ?? false
  const stroke = marker ? STROKE[marker.severity] : taken || selected ? STROKE.taken : STROKE.normal
  const dashed = marker?.severity === 'warning' || data?.pending
  const text = edgeLabelText(data)
  const style = {
    stroke,
    strokeWidth: marker?.severity === 'error' || taken || selected ? 3 : 1.75,
    strokeDasharray: dashed ? '7 5' : undefined,
  }
  return (
    <>
      {backward ? (
        <BackwardPath id={id} source={source} target={target} markerEnd={markerEnd} style={style} />
      ) : (
        <BaseEdge id={id} path={getBezierPath(props)[0]} markerEnd={markerEnd} style={style} />
      )}
      {text ? (
        <text
          aria-hidden="true"
          data-edge-label={id}
          className={`link-edge-label ${selected || taken ? 'fill-brand' : 'fill-slate-800'}`}
          x={sourceX + LABEL_OFFSET}
          y={sourceY}
        >
          {text}
        </text>
      ) : null}
    </>
  )
}, sameEdgeProps)

/** Built once at module scope. */
export const edgeTypes = { link: LinkEdge } satisfies EdgeTypes
