import { memo } from 'react'
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
  type Rect,
  type XY,
} from './edge-path'

const STROKE = { error: '#b91c1c', warning: '#92400e', taken: '#4338ca', normal: '#64748b' }

/** The steps as rectangles, built once per nodes array and shared by every backward edge. */
const stepRects = new WeakMap<ReactFlowState['nodes'], Rect[]>()
function rectsOf(nodes: ReactFlowState['nodes']): Rect[] {
  let rects = stepRects.get(nodes)
  if (!rects) {
    rects = nodes.map((n) => ({
      x: n.position.x,
      y: n.position.y,
      width: n.measured?.width ?? n.width ?? 0,
      height: n.measured?.height ?? n.height ?? 0,
    }))
    stepRects.set(nodes, rects)
  }
  return rects
}

/** Runs by endpoints, per nodes array: a pan or an unrelated update recomputes nothing. */
const runs = new WeakMap<ReactFlowState['nodes'], Map<string, number>>()
function cachedRunY(nodes: ReactFlowState['nodes'], source: XY, target: XY): number {
  let known = runs.get(nodes)
  if (!known) {
    known = new Map()
    runs.set(nodes, known)
  }
  const key = `${source.x},${source.y},${target.x},${target.y}`
  let y = known.get(key)
  if (y === undefined) {
    y = runY(source, target, rectsOf(nodes))
    known.set(key, y)
  }
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
export const LinkEdge = memo(function LinkEdge(props: EdgeProps<LinkEdgeType>) {
  const { id, data, selected, markerEnd, sourceX, sourceY, targetX, targetY } = props
  const source = { x: sourceX, y: sourceY }
  const target = { x: targetX, y: targetY }
  const backward = isBackward(source, target)
  const run = useStore((s) => (backward ? cachedRunY(s.nodes, source, target) : 0))
  const path = backward ? roundedPath(backwardPoints(source, target, run)) : getBezierPath(props)[0]
  const marker = data?.marker ?? null
  const taken = data?.taken ?? false
  const stroke = marker ? STROKE[marker.severity] : taken || selected ? STROKE.taken : STROKE.normal
  const dashed = marker?.severity === 'warning' || data?.pending
  const text = edgeLabelText(data)
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={{
          stroke,
          strokeWidth: marker?.severity === 'error' || taken || selected ? 3 : 1.75,
          strokeDasharray: dashed ? '7 5' : undefined,
        }}
      />
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
})

/** Built once at module scope. */
export const edgeTypes = { link: LinkEdge } satisfies EdgeTypes
