import { useCallback, type DragEvent, type RefObject } from 'react'
import { useReactFlow, type Connection, type OnBeforeDelete } from '@xyflow/react'
import { isKnownNodeType, type KnownNodeType } from '../../../domain/node-types'
import { DEFAULT_NODE_SIZE, freeSpot, type XY } from '../layout/dagre-layout'
import { READABLE_ZOOM } from '../nodes/shared/node-metrics'
import type { LinkEdge, StepNode } from '../types'
import { PALETTE_MIME } from './palette'
import { useTidyUp } from './tidy-up/use-tidy-up'
import type { GraphActions } from './use-graph-actions'

/** Fitting keeps the graph clear of the zoom controls (left) and never shrinks words below 12 px. */
export const FIT_VIEW = {
  padding: { top: '32px', bottom: '32px', left: '64px', right: '32px' },
  minZoom: READABLE_ZOOM,
  maxZoom: 1.2,
} as const

/**
 * What the toolbar, palette, keyboard and mouse ask of the canvas, as stable callbacks (none is
 * recreated while nodes move, so React Flow and the memoised toolbar do not re-render for them).
 */
export function useCanvasCommands(options: {
  actions: GraphActions
  wrapper: RefObject<HTMLDivElement | null>
  readOnly: boolean
  onTempNode: (tempId: string) => void
}) {
  const { actions, wrapper, readOnly, onTempNode } = options
  const flowApi = useReactFlow<StepNode, LinkEdge>()

  const onConnect = useCallback(
    (c: Connection) => {
      const output = flowApi.getNode(c.source)?.data.outputs.find((o) => o.id === c.sourceHandle)
      if (output && !output.extra) actions.connect(c.source, c.target, output.edgeLabel)
    },
    [actions, flowApi],
  )

  const onBeforeDelete: OnBeforeDelete<StepNode, LinkEdge> = useCallback(
    async ({ nodes, edges }) => {
      // The Delete key counts only while the canvas (or nothing) has focus, not a panel button.
      const active = document.activeElement
      if (active && active !== document.body && !wrapper.current?.contains(active)) return false
      actions.deleteElements(
        nodes.map((n) => n.id),
        edges,
      )
      return false // the optimistic cache update removes them
    },
    [actions, wrapper],
  )

  /** Pans (never zooms) so that a step placed at `spot` is in view. */
  const reveal = useCallback(
    (spot: XY) => {
      const box = wrapper.current?.getBoundingClientRect()
      if (!box) return
      const topLeft = flowApi.screenToFlowPosition({ x: box.left, y: box.top })
      const bottomRight = flowApi.screenToFlowPosition({ x: box.right, y: box.bottom })
      const { width, height } = DEFAULT_NODE_SIZE
      const inView =
        spot.x >= topLeft.x &&
        spot.y >= topLeft.y &&
        spot.x + width <= bottomRight.x &&
        spot.y + height <= bottomRight.y
      if (!inView)
        void flowApi.setCenter(spot.x + width / 2, spot.y + height / 2, {
          zoom: flowApi.getZoom(),
          duration: 200,
        })
    },
    [flowApi, wrapper],
  )

  const addAt = useCallback(
    (type: KnownNodeType, at: XY) => {
      const taken = flowApi.getNodes().map((n) => ({
        id: n.id,
        position: n.position,
        width: n.measured?.width ?? n.width,
        height: n.measured?.height ?? n.height,
      }))
      const spot = freeSpot(at, taken)
      reveal(spot)
      void actions.addNode(type, spot, onTempNode)
    },
    [actions, flowApi, reveal, onTempNode],
  )

  /** Palette click (or Enter/Space on it): the middle of the visible canvas. */
  const onAdd = useCallback(
    (type: KnownNodeType) => {
      const box = wrapper.current?.getBoundingClientRect()
      const center = box
        ? flowApi.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
        : { x: 0, y: 0 }
      addAt(type, { x: center.x - DEFAULT_NODE_SIZE.width / 2, y: center.y - 60 })
    },
    [addAt, flowApi, wrapper],
  )

  /** Palette drag: where it was dropped. */
  const onDrop = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      const type = event.dataTransfer.getData(PALETTE_MIME)
      if (readOnly || !isKnownNodeType(type)) return
      event.preventDefault()
      const at = flowApi.screenToFlowPosition({ x: event.clientX, y: event.clientY })
      addAt(type, { x: at.x - DEFAULT_NODE_SIZE.width / 2, y: at.y - 30 })
    },
    [addAt, flowApi, readOnly],
  )

  const onDeleteSelected = useCallback(() => {
    actions.deleteElements(
      flowApi
        .getNodes()
        .filter((n) => n.selected)
        .map((n) => n.id),
      flowApi.getEdges().filter((e) => e.selected),
    )
  }, [actions, flowApi])

  const fitAll = useCallback(() => void flowApi.fitView({ ...FIT_VIEW, duration: 300 }), [flowApi])
  const tidy = useTidyUp(actions, fitAll)
  const runTidy = tidy.run
  /** Lays the whole graph out left to right and saves the steps that moved (tidy-up/). */
  const onTidy = useCallback(() => void runTidy(), [runTidy])

  return {
    onConnect,
    onBeforeDelete,
    onAdd,
    onDrop,
    onDeleteSelected,
    onTidy,
    tidyRun: tidy.current,
  }
}

export function onPaletteDragOver(event: DragEvent<HTMLDivElement>) {
  if (event.dataTransfer.types.includes(PALETTE_MIME)) {
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
  }
}
