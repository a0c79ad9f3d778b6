import { NODE_WIDTH, stepHeight } from '../nodes/shared/node-metrics'
import type { StepNode } from '../types'
import type { Box } from './readable-view'

/** A step's box in flow units: measured when React Flow has measured it, else its given size or its parts. */
export function stepBox(n: StepNode): Box {
  const width = n.measured?.width ?? n.width ?? NODE_WIDTH
  const height =
    n.measured?.height ??
    n.height ??
    stepHeight({
      summaryLines: n.data.summary.length,
      marker: !!n.data.marker,
      stats: !!(n.data.stats || n.data.visit),
      outputs: n.data.outputs.length,
    })
  return { x: n.position.x, y: n.position.y, width, height }
}
