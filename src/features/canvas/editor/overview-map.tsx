import { useEffect, useRef, type PointerEvent, type WheelEvent } from 'react'
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react'
import type { StepNode } from '../types'
import { DEFAULT_NODE_SIZE } from '../layout/dagre-layout'

const WIDTH = 168
const HEIGHT = 112
const PADDING = 10
const COLOR = {
  node: '#94a3b8',
  problem: '#b91c1c',
  mask: 'rgba(241, 245, 249, 0.75)',
  view: '#4338ca',
}

/** The map's redraw interval while a step is being dragged. */
const DRAG_REDRAW_MS = 100

type Rect = { x: number; y: number; width: number; height: number }

type View = {
  nodes: StepNode[]
  transform: [number, number, number]
  width: number
  height: number
}
const selectView = (s: ReactFlowState): View => ({
  nodes: s.nodes as StepNode[],
  transform: s.transform,
  width: s.width,
  height: s.height,
})
const sameView = (a: View, b: View) =>
  a.nodes === b.nodes && a.transform === b.transform && a.width === b.width && a.height === b.height

/** Flow-coordinate box of the nodes and the visible area, and the scale that fits it in the map. */
function frame(nodes: readonly StepNode[], view: Rect) {
  let [minX, minY, maxX, maxY] = [view.x, view.y, view.x + view.width, view.y + view.height]
  for (const n of nodes) {
    const w = n.measured?.width ?? n.width ?? DEFAULT_NODE_SIZE.width
    const h = n.measured?.height ?? n.height ?? DEFAULT_NODE_SIZE.height
    minX = Math.min(minX, n.position.x)
    minY = Math.min(minY, n.position.y)
    maxX = Math.max(maxX, n.position.x + w)
    maxY = Math.max(maxY, n.position.y + h)
  }
  const scale = Math.min(
    (WIDTH - 2 * PADDING) / Math.max(maxX - minX, 1),
    (HEIGHT - 2 * PADDING) / Math.max(maxY - minY, 1),
  )
  // Centre the box in the map.
  const offsetX = (WIDTH - (maxX - minX) * scale) / 2 - minX * scale
  const offsetY = (HEIGHT - (maxY - minY) * scale) / 2 - minY * scale
  return { scale, offsetX, offsetY }
}

function allInView(nodes: readonly StepNode[], view: Rect): boolean {
  return nodes.every((n) => {
    const w = n.measured?.width ?? n.width ?? DEFAULT_NODE_SIZE.width
    const h = n.measured?.height ?? n.height ?? DEFAULT_NODE_SIZE.height
    return (
      n.position.x >= view.x &&
      n.position.y >= view.y &&
      n.position.x + w <= view.x + view.width &&
      n.position.y + h <= view.y + view.height
    )
  })
}

/**
 * An overview of the whole graph with the visible area outlined; press or drag on it to move the
 * view there, scroll on it to zoom. Drawn on one canvas with one store subscription: React Flow's
 * SVG minimap subscribes once per node and repaints on every pan frame, which cost a frame in
 * twenty while panning 1,000 steps.
 */
export function OverviewMap() {
  const canvas = useRef<HTMLCanvasElement>(null)
  const { nodes, transform, width, height } = useStore(selectView, sameView)
  const flow = useReactFlow()
  const [tx, ty, zoom] = transform
  const view: Rect = { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom }
  const { scale, offsetX, offsetY } = frame(nodes, view)
  const toMap = (r: Rect): Rect => ({
    x: r.x * scale + offsetX,
    y: r.y * scale + offsetY,
    width: r.width * scale,
    height: r.height * scale,
  })

  const lastDraw = useRef(0)
  useEffect(() => {
    const draw = () => {
      lastDraw.current = performance.now()
      const ctx = canvas.current?.getContext('2d')
      if (!ctx) return
      const ratio = window.devicePixelRatio || 1
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
      ctx.clearRect(0, 0, WIDTH, HEIGHT)
      for (const n of nodes) {
        const r = toMap({
          x: n.position.x,
          y: n.position.y,
          width: n.measured?.width ?? n.width ?? DEFAULT_NODE_SIZE.width,
          height: n.measured?.height ?? n.height ?? DEFAULT_NODE_SIZE.height,
        })
        ctx.fillStyle = n.data.marker ? COLOR.problem : COLOR.node
        ctx.fillRect(r.x, r.y, Math.max(r.width, 1), Math.max(r.height, 1))
      }
      const v = toMap(view)
      ctx.fillStyle = COLOR.mask
      ctx.beginPath()
      ctx.rect(0, 0, WIDTH, HEIGHT)
      ctx.rect(v.x, v.y, v.width, v.height)
      ctx.fill('evenodd')
      ctx.strokeStyle = COLOR.view
      ctx.lineWidth = 1.5
      ctx.strokeRect(v.x, v.y, v.width, v.height)
    }
    // While a step is dragged the map follows at a few frames a second (a thousand boxes redrawn
    // on every frame cost the drag its frame budget); the drop draws at once.
    const wait = nodes.some((n) => n.dragging)
      ? DRAG_REDRAW_MS - (performance.now() - lastDraw.current)
      : 0
    if (wait <= 0) return draw()
    const timer = setTimeout(draw, wait)
    return () => clearTimeout(timer)
  })

  const moveViewTo = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    const x = (event.clientX - box.left - offsetX) / scale
    const y = (event.clientY - box.top - offsetY) / scale
    void flow.setCenter(x, y, { zoom })
  }
  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId)
    moveViewTo(event)
  }
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) moveViewTo(event)
  }
  const onWheel = (event: WheelEvent<HTMLCanvasElement>) =>
    void flow.zoomTo(zoom * Math.exp(-event.deltaY * 0.002))

  // With every step in view there is nothing to give an overview of; the map would only hide steps.
  if (allInView(nodes, view)) return null
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1
  return (
    <Panel position="bottom-right" className="rounded border border-slate-200 bg-white shadow-sm">
      <canvas
        ref={canvas}
        role="img"
        aria-label="Minimap of the workflow"
        width={WIDTH * ratio}
        height={HEIGHT * ratio}
        style={{ width: WIDTH, height: HEIGHT }}
        className="nowheel nopan nodrag block cursor-crosshair touch-none"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onWheel={onWheel}
      />
    </Panel>
  )
}
