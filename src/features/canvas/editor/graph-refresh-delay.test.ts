import { describe, expect, it } from 'vitest'
import { GRAPH_REFRESH_MS, graphRefreshDelayMs } from './graph-refresh-delay'

const graph = (nodes: number, edges: number) => ({
  nodes: Array.from({ length: nodes }),
  edges: Array.from({ length: edges }),
})

describe('graphRefreshDelayMs', () => {
  it('checks a small graph every few seconds', () => {
    expect(graphRefreshDelayMs(graph(0, 0))).toBe(GRAPH_REFRESH_MS)
    expect(graphRefreshDelayMs(graph(12, 14))).toBe(GRAPH_REFRESH_MS)
    expect(graphRefreshDelayMs(graph(200, 290))).toBe(GRAPH_REFRESH_MS)
  })

  it('spaces the checks of a big graph out to a read of a page a second', () => {
    expect(graphRefreshDelayMs(graph(300, 526))).toBe(9_000)
    expect(graphRefreshDelayMs(graph(1000, 1797))).toBe(28_000)
  })
})
