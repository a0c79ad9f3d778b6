import { describe, expect, it } from 'vitest'
import { READABLE_ZOOM } from '../nodes/shared/node-metrics'
import { readableViewport, type Box } from './readable-view'

const screen = { width: 1100, height: 700 }
const insets = { top: 0, right: 0, bottom: 0, left: 0 }
const row = (n: number, gap = 400): Box[] =>
  Array.from({ length: n }, (_, i) => ({ x: i * gap, y: 0, width: 260, height: 150 }))
const onScreen = (b: Box, v: { x: number; y: number; zoom: number }) => ({
  left: b.x * v.zoom + v.x,
  right: (b.x + b.width) * v.zoom + v.x,
  top: b.y * v.zoom + v.y,
  bottom: (b.y + b.height) * v.zoom + v.y,
})

describe('readableViewport', () => {
  it('fits a small graph whole, no larger than 1.2', () => {
    const v = readableViewport(row(2), null, screen, insets)
    expect(v.zoom).toBeLessThanOrEqual(1.2)
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM)
    const last = onScreen(row(2)[1]!, v)
    expect(last.right).toBeLessThanOrEqual(screen.width + 0.001)
    expect(onScreen(row(2)[0]!, v).left).toBeGreaterThanOrEqual(-0.001)
  })

  it('never zooms out below the readable zoom: a long graph opens on its entry step', () => {
    const nodes = row(12)
    const entry = nodes[0]!
    const v = readableViewport(nodes, entry, screen, insets)
    expect(v.zoom).toBeCloseTo(READABLE_ZOOM)
    const at = onScreen(entry, v)
    expect(at.left).toBeCloseTo(0)
    // Vertically the one-row graph fits, so it is centred.
    expect((at.top + at.bottom) / 2).toBeCloseTo(screen.height / 2)
  })

  it('opens on the entry step even when it is not the leftmost', () => {
    const nodes = [...row(12), { x: -2000, y: 3000, width: 260, height: 150 }]
    const entry = nodes[5]!
    const v = readableViewport(nodes, entry, screen, insets)
    const at = onScreen(entry, v)
    expect(at.left).toBeCloseTo(0)
    expect(at.bottom).toBeLessThanOrEqual(screen.height)
    expect(at.top).toBeGreaterThanOrEqual(0)
  })

  it('does not leave empty space beyond the graph when the anchor is near its edge', () => {
    const tall = Array.from({ length: 30 }, (_, i) => ({
      x: 0,
      y: i * 200,
      width: 260,
      height: 150,
    }))
    const v = readableViewport(tall, tall[0]!, screen, insets)
    expect(onScreen(tall[0]!, v).top).toBeCloseTo(0)
  })
})
