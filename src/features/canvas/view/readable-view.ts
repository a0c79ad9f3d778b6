import { READABLE_ZOOM } from '../nodes/shared/node-metrics'

export type Box = { x: number; y: number; width: number; height: number }
export type Insets = { top: number; right: number; bottom: number; left: number }
export type Viewport = { x: number; y: number; zoom: number }

/** The most a small graph is enlarged when it is fitted. */
export const MAX_FIT_ZOOM = 1.2
/** Room kept free around a fitted graph: the zoom controls sit at the bottom left. */
export const VIEW_INSETS: Insets = { top: 32, right: 32, bottom: 32, left: 64 }

export function boundsOf(boxes: readonly Box[]): Box | null {
  if (!boxes.length) return null
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const b of boxes) {
    minX = Math.min(minX, b.x)
    minY = Math.min(minY, b.y)
    maxX = Math.max(maxX, b.x + b.width)
    maxY = Math.max(maxY, b.y + b.height)
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY }
}

/**
 * Where the canvas opens: the whole graph when it fits at a zoom where its words are readable
 * (`READABLE_ZOOM` or more); otherwise the readable zoom, with the entry step at the left and the
 * graph centred along any axis on which it does fit. Never below the readable zoom: the user pans
 * (and the overview map shows the rest) rather than reading 5 px text.
 */
export function readableViewport(
  nodes: readonly Box[],
  entry: Box | null,
  screen: { width: number; height: number },
  insets: Insets = VIEW_INSETS,
): Viewport {
  const bounds = boundsOf(nodes)
  if (!bounds) return { x: 0, y: 0, zoom: 1 }
  const room = {
    width: Math.max(screen.width - insets.left - insets.right, 1),
    height: Math.max(screen.height - insets.top - insets.bottom, 1),
  }
  const fit = Math.min(
    room.width / Math.max(bounds.width, 1),
    room.height / Math.max(bounds.height, 1),
    MAX_FIT_ZOOM,
  )
  const zoom = Math.max(fit, READABLE_ZOOM)
  const anchor = entry ?? nodes.reduce((a, b) => (b.x < a.x ? b : a))
  /** The offset on one axis: centred when the graph fits, else `wanted` kept within the graph. */
  const along = (
    start: number,
    length: number,
    roomStart: number,
    roomLength: number,
    wanted: number,
  ) => {
    if (length * zoom <= roomLength)
      return roomStart + (roomLength - length * zoom) / 2 - start * zoom
    const first = roomStart - start * zoom // the graph's first edge at the room's start
    const last = roomStart + roomLength - (start + length) * zoom // its far edge at the room's end
    return Math.min(first, Math.max(last, wanted))
  }
  const x = along(bounds.x, bounds.width, insets.left, room.width, insets.left - anchor.x * zoom)
  const y = along(
    bounds.y,
    bounds.height,
    insets.top,
    room.height,
    insets.top + room.height / 2 - (anchor.y + anchor.height / 2) * zoom,
  )
  return { x, y, zoom }
}
