import { Position } from '@xyflow/react'

/**
 * The step face's geometry in flow units, shared by the node component (which sets these exact
 * heights) and the layout (which must know a step's size before the browser has measured it).
 *
 * The smallest essential text on a step (settings, counts, output names) is `MIN_TEXT_PX`; at
 * `READABLE_ZOOM` it is 12 px on screen, the floor the canvas never fits below.
 */
export const NODE_WIDTH = 260
export const MIN_TEXT_PX = 14
export const READABLE_ZOOM = 12 / MIN_TEXT_PX

export const ROW = {
  /** The face's 1 px border, top and bottom. */
  frame: 2,
  /** Padding above the type row. */
  top: 8,
  /** Icon and type name. */
  type: 20,
  /** The step's name (16 px). */
  name: 24,
  /** One line of the key settings (14 px); at most `MAX_SUMMARY_LINES` are drawn. */
  summary: 20,
  /** Space under the settings. */
  bottom: 8,
  /** The problem line (with its margin). */
  marker: 32,
  /** Live counts or the lead's visit (with its margin). */
  stats: 28,
  /** The outputs block's frame: top border and padding above and below the rows. */
  outputsFrame: 9,
  /** One output row; its handle sits at the row's middle. */
  output: 24,
} as const
export const MAX_SUMMARY_LINES = 2

export type StepFaceParts = {
  summaryLines: number
  marker: boolean
  stats: boolean
  outputs: number
}

/** The parts of a step's face, from its flow data. */
export const facePartsOf = (d: {
  summary: readonly unknown[]
  marker: unknown
  stats: unknown
  visit: unknown
  outputs: readonly unknown[]
}): StepFaceParts => ({
  summaryLines: d.summary.length,
  marker: !!d.marker,
  stats: !!(d.stats || d.visit),
  outputs: d.outputs.length,
})

/** The height of a step face with these parts (the node renders exactly this). */
export function stepHeight(p: StepFaceParts): number {
  const lines = Math.min(p.summaryLines, MAX_SUMMARY_LINES)
  return (
    ROW.frame +
    ROW.top +
    ROW.type +
    ROW.name +
    lines * ROW.summary +
    ROW.bottom +
    (p.marker ? ROW.marker : 0) +
    (p.stats ? ROW.stats : 0) +
    (p.outputs ? ROW.outputsFrame + p.outputs * ROW.output : 0)
  )
}

/** The y of output `index`'s handle, from the top of a face with these parts. */
export function outputHandleY(p: StepFaceParts, index: number): number {
  // The face without outputs counts its bottom border where the outputs' 1 px rule is drawn.
  const rowsTop = stepHeight({ ...p, outputs: 0 }) + 4
  return rowsTop + index * ROW.output + ROW.output / 2
}

/** The y of the input handle (the middle of the face's left side). */
export const inputHandleY = (p: StepFaceParts) => stepHeight(p) / 2

/**
 * The height the layout gives a step: its face with room for a problem line and live counts,
 * which come and go (an edit, a refresh) without the graph being laid out again.
 */
export const layoutStepHeight = (face: { summaryLines: number; outputs: number }) =>
  stepHeight({ ...face, marker: true, stats: true })

/** The handles' drawn size (canvas.css: 12 px, border included). */
export const HANDLE_SIZE = 12
/** The face's left border (the type's accent) and right border: where handles are centred. */
const BORDER_LEFT = 4
const BORDER_RIGHT = 1

export type StepHandleBox = {
  id: string
  type: 'source' | 'target'
  position: Position
  x: number
  y: number
  width: number
  height: number
}

/**
 * Where the face draws its handles, relative to the node's top left, exactly as React Flow would
 * measure them: the input centred on the inner edge of the left border at mid height, each output
 * centred on the inner edge of the right border at its row's middle. Given to React Flow up front
 * (with the node's size), it draws nodes and edges without measuring the DOM first.
 */
export function stepHandles(p: StepFaceParts, outputIds: readonly string[]): StepHandleBox[] {
  const half = HANDLE_SIZE / 2
  const box = { width: HANDLE_SIZE, height: HANDLE_SIZE }
  return [
    {
      id: 'in',
      type: 'target',
      position: Position.Left,
      x: BORDER_LEFT - half,
      y: inputHandleY(p) - half,
      ...box,
    },
    ...outputIds.map((id, i): StepHandleBox => ({
      id,
      type: 'source',
      position: Position.Right,
      x: NODE_WIDTH - BORDER_RIGHT - half,
      y: outputHandleY(p, i) - half,
      ...box,
    })),
  ]
}
