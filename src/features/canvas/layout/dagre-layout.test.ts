import { describe, expect, it } from 'vitest'
import { DEFAULT_NODE_SIZE, layoutGraph, placeMissing, type XY } from './dagre-layout'

const W = DEFAULT_NODE_SIZE.width
const H = DEFAULT_NODE_SIZE.height
const overlap = (a: XY, b: XY) => a.x < b.x + W && b.x < a.x + W && a.y < b.y + H && b.y < a.y + H

function expectNoOverlaps(positions: Map<string, XY>) {
  const all = [...positions.entries()]
  for (const [i, [ida, a]] of all.entries())
    for (const [idb, b] of all.slice(i + 1))
      expect(overlap(a, b), `${ida} overlaps ${idb}`).toBe(false)
}

// call → (COMPLETED) converted, (DNP) wait → call2 → dropped, (FAILED) dropped
const nodes = ['call', 'wait', 'call2', 'converted', 'dropped'].map((id) => ({
  id,
  position: null,
}))
const edges = [
  { source: 'call', target: 'converted' },
  { source: 'call', target: 'wait' },
  { source: 'call', target: 'dropped' },
  { source: 'wait', target: 'call2' },
  { source: 'call2', target: 'converted' },
  { source: 'call2', target: 'dropped' },
]

describe('layout of a graph without positions', () => {
  it('places every node without overlaps', () => {
    const positions = placeMissing(nodes, edges)
    expect([...positions.keys()].sort()).toEqual(nodes.map((n) => n.id).sort())
    expectNoOverlaps(positions)
  })

  it('orders nodes left to right along every edge', () => {
    const positions = placeMissing(nodes, edges)
    for (const e of edges) {
      const from = positions.get(e.source)
      const to = positions.get(e.target)
      expect(to!.x, `${e.source} → ${e.target}`).toBeGreaterThan(from!.x)
    }
  })

  it('lays out a graph whose nodes all sit at 0,0 as if they had no positions', () => {
    const stacked = nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } }))
    const positions = placeMissing(stacked, edges)
    expect(positions.size).toBe(nodes.length)
    expectNoOverlaps(positions)
  })

  it('survives cycles (a wait that loops back to a call)', () => {
    const positions = layoutGraph(nodes, [...edges, { source: 'call2', target: 'wait' }])
    expect(positions.size).toBe(nodes.length)
    expectNoOverlaps(positions)
  })
})

describe('placing some missing nodes among positioned ones', () => {
  it('keeps stored positions, puts the new node right of its predecessor, overlapping nothing', () => {
    const mixed = [
      { id: 'call', position: { x: 100, y: 100 } },
      { id: 'wait', position: { x: 450, y: 100 } },
      { id: 'converted', position: { x: 450, y: 300 } },
      { id: 'call2', position: null },
    ]
    const links = [
      { source: 'call', target: 'wait' },
      { source: 'call', target: 'converted' },
      { source: 'wait', target: 'call2' },
    ]
    const positions = placeMissing(mixed, links)
    expect([...positions.keys()]).toEqual(['call2'])
    const placed = positions.get('call2')!
    expect(placed.x).toBeGreaterThan(450)
    for (const n of mixed.filter((m) => m.position))
      expect(overlap(placed, n.position!)).toBe(false)
  })

  it('returns nothing when every node has a position', () => {
    expect(placeMissing([{ id: 'a', position: { x: 5, y: 5 } }], []).size).toBe(0)
  })
})
