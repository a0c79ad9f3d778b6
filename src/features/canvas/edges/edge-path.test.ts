import { describe, expect, it } from 'vitest'
import { runY, sortSteps, spansRun, type Rect, type XY } from './edge-path'

const CLEARANCE = 20

/** The first version of runY (repeat until no step's band holds the height), as the reference. */
function reference(source: XY, target: XY, steps: readonly Rect[]): number {
  const near = steps.filter((r) => spansRun(source, target, r))
  const free = (start: number, step: 1 | -1) => {
    let y = start
    for (let moved = true; moved;) {
      moved = false
      for (const r of near) {
        if (y > r.y - CLEARANCE && y < r.y + r.height + CLEARANCE) {
          y = step > 0 ? r.y + r.height + CLEARANCE : r.y - CLEARANCE
          moved = true
        }
      }
    }
    return y
  }
  const below = free(Math.max(source.y, target.y) + CLEARANCE, 1)
  const above = free(Math.min(source.y, target.y) - CLEARANCE, -1)
  const detour = (y: number) => Math.abs(y - source.y) + Math.abs(y - target.y)
  return detour(above) < detour(below) ? above : below
}

describe('runY', () => {
  it('finds the same run as repeating until no step is in the way, on random grids', () => {
    let seed = 7
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let round = 0; round < 200; round++) {
      const steps: Rect[] = Array.from({ length: 40 }, () => ({
        x: Math.round(rand() * 4) * 300 + Math.round(rand() * 40),
        y: Math.round(rand() * 30) * 60,
        width: 260,
        height: 80 + Math.round(rand() * 6) * 24,
      }))
      const sorted = sortSteps(steps)
      for (let i = 0; i < 20; i++) {
        const source = { x: 265 + Math.round(rand() * 4) * 300, y: Math.round(rand() * 1800) }
        const target = { x: -2 + Math.round(rand() * 4) * 300, y: Math.round(rand() * 1800) }
        const want = reference(source, target, steps)
        expect(runY(source, target, steps)).toBe(want)
        expect(runY(source, target, sorted)).toBe(want)
      }
    }
  })

  it('finds the same run when it starts its passes part-way down a tall graph of uneven steps', () => {
    let seed = 11
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let round = 0; round < 40; round++) {
      // A few steps far taller than the rest: the pass may not skip a tall step that reaches down.
      const steps: Rect[] = Array.from({ length: 300 }, (_, i) => ({
        x: Math.round(rand() * 6) * 300 + Math.round(rand() * 40),
        y: Math.round(rand() * 200) * 60,
        width: 260,
        height: i % 37 === 0 ? 600 + Math.round(rand() * 600) : 80 + Math.round(rand() * 6) * 24,
      }))
      const sorted = sortSteps(steps)
      for (let i = 0; i < 40; i++) {
        const source = { x: 265 + Math.round(rand() * 6) * 300, y: Math.round(rand() * 12000) }
        const target = { x: -2 + Math.round(rand() * 6) * 300, y: Math.round(rand() * 12000) }
        expect(runY(source, target, sorted)).toBe(reference(source, target, steps))
      }
    }
  })
})
