import type { EdgeProps } from '@xyflow/react'
import { Position } from '@xyflow/react'
import { describe, expect, it } from 'vitest'
import type { LinkEdge } from '../types'
import { sameEdgeProps } from './link-edge'

const data = { label: 'COMPLETED', marker: null, taken: false, passed: 3, pending: false }
const props = {
  id: 'e1',
  source: 'a',
  target: 'b',
  sourceX: 274,
  sourceY: 140.5,
  targetX: 500,
  targetY: 96,
  sourcePosition: Position.Right,
  targetPosition: Position.Left,
  data,
  selected: false,
} as EdgeProps<LinkEdge>

describe('sameEdgeProps (when a connection draws again)', () => {
  it('skips the redraw when React Flow reads back the handles it was given, up to float noise', () => {
    // What its resize observer gives back at a zoom of 0.857: 1e-4 off.
    const measured = { ...props, sourceX: 274.00012, sourceY: 140.49992, targetY: 96.00008 }
    expect(sameEdgeProps(props, measured)).toBe(true)
  })

  it('draws again when an end really moves (half a unit is one pixel at the largest zoom)', () => {
    expect(sameEdgeProps(props, { ...props, targetX: 500.5 })).toBe(false)
    expect(sameEdgeProps(props, { ...props, sourceY: 139.5 })).toBe(false)
  })

  it('draws again for any other change: its data, selection or style', () => {
    expect(sameEdgeProps(props, { ...props, data: { ...data, passed: 4 } })).toBe(false)
    expect(sameEdgeProps(props, { ...props, selected: true })).toBe(false)
    expect(sameEdgeProps(props, { ...props, markerEnd: 'url(#arrow)' })).toBe(false)
  })
})
