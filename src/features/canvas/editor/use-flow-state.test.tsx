import { QueryClientProvider } from '@tanstack/react-query'
import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import type { WorkflowGraph } from '../../../api/schemas/graph'
import { createTestQueryClient } from '../../../test/render'
import { EMPTY_LOOKUPS } from '../lookups'
import { useFlowState, type FlowInputs } from './use-flow-state'

const steps = (count: number): WorkflowGraph => ({
  nodes: Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    nodeType: 'DROPPED',
    label: `Step ${i}`,
    position: { x: i * 300, y: 0 },
    config: {},
  })),
  edges: [],
})

describe('useFlowState', () => {
  it('a position-only change moves just that node and derives no other (its data object is kept)', () => {
    const client = createTestQueryClient()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    )
    const graph = steps(5)
    const base: FlowInputs = { graph, lookups: EMPTY_LOOKUPS, select: null, resync: 0 }
    const { result, rerender } = renderHook((inputs: FlowInputs) => useFlowState(inputs), {
      wrapper,
      initialProps: base,
    })
    const before = result.current.nodes
    const moved: WorkflowGraph = {
      ...graph,
      nodes: graph.nodes.map((n) => (n.id === 'n2' ? { ...n, position: { x: 5, y: 7 } } : n)),
    }
    rerender({ ...base, graph: moved })
    const after = result.current.nodes
    expect(after[2]!.position).toEqual({ x: 5, y: 7 })
    expect(after[2]!.data).toBe(before[2]!.data)
    expect(after.filter((n, i) => n !== before[i]).map((n) => n.id)).toEqual(['n2'])
    // Anything else than a position re-derives: a rename reaches the node's data.
    rerender({
      ...base,
      graph: { ...moved, nodes: moved.nodes.map((n) => ({ ...n, label: 'Renamed' })) },
    })
    expect(result.current.nodes[0]!.data.label).toBe('Renamed')
    expect(result.current.nodes[2]!.position).toEqual({ x: 5, y: 7 })
  })
})
