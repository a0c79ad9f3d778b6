import type { ReactNode } from 'react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { graphQueries } from '../../api/graph'
import { resourceQueries } from '../../api/resources'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { workflowQueries } from '../../api/workflows'
import { nurtureInput, withConfig } from './testing/fixtures'
import { usePreflight } from './use-preflight'

const WORKFLOW_ID = 'wf_test'
const meta = { page: 1, limit: 100, total: 1, totalPages: 1 }

function setup({ withResources = true } = {}) {
  const input = nurtureInput()
  const client = new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, retry: false } },
  })
  client.setQueryData(graphQueries.graph(WORKFLOW_ID).queryKey, input.graph)
  if (withResources) {
    client.setQueryData(resourceQueries.agents().queryKey, { data: input.agents ?? [], meta })
    client.setQueryData(resourceQueries.phoneNumbers().queryKey, {
      data: input.phoneNumbers ?? [],
      meta,
    })
    client.setQueryData(
      resourceQueries.variableKeys(WORKFLOW_ID).queryKey,
      input.variableKeys ?? [],
    )
  }
  client.setQueryData(workflowQueries.detail(WORKFLOW_ID).queryKey, {
    id: WORKFLOW_ID,
    title: 'Nurture',
    description: '',
    status: 'draft' as const,
    nodeCount: undefined,
    edgeCount: undefined,
    leadCount: 3,
    lastTriggeredAt: undefined,
    createdAt: undefined,
    updatedAt: undefined,
  })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  return { client, input, ...renderHook(() => usePreflight(WORKFLOW_ID), { wrapper }) }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('usePreflight', () => {
  it('finds no problem in a correct workflow once everything has loaded', () => {
    const { result } = setup()
    expect(result.current).toMatchObject({ problems: [], isLoading: false, isChecking: false })
  })

  it('follows edits written into the graph cache, as the canvas does', async () => {
    const { result, client, input } = setup()
    const first = result.current.problems
    act(() => {
      client.setQueryData(
        graphQueries.graph(WORKFLOW_ID).queryKey,
        (graph: WorkflowGraph | undefined) => withConfig(graph ?? input.graph, 'call1', {}),
      )
    })
    // The query cache notifies observers on its own schedule.
    await waitFor(() =>
      expect(result.current.problems.map((p) => p.id)).toEqual([
        'voice-call.no-agent:call1',
        'voice-call.no-number:call1',
      ]),
    )
    expect(result.current.problems).not.toBe(first)
  })

  it('reports checking, and skips lookups, while agents and numbers are still loading', () => {
    // Lookups that never answer, so the test sees the state before they load.
    vi.stubGlobal('fetch', () => new Promise<never>(() => {}))
    const { result } = setup({ withResources: false })
    expect(result.current.isChecking).toBe(true)
    expect(result.current.problems).toEqual([])
  })

  it('does not check again when steps only move (preflight ignores positions)', async () => {
    const { result, client } = setup()
    act(() => {
      client.setQueryData(
        graphQueries.graph(WORKFLOW_ID).queryKey,
        (graph: WorkflowGraph | undefined) => (graph ? withConfig(graph, 'call1', {}) : graph),
      )
    })
    await waitFor(() => expect(result.current.problems).toHaveLength(2))
    const problems = result.current.problems
    act(() => {
      client.setQueryData(
        graphQueries.graph(WORKFLOW_ID).queryKey,
        (graph: WorkflowGraph | undefined) =>
          graph && {
            ...graph,
            nodes: graph.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: 9, y: 9 } } : n)),
          },
      )
    })
    await waitFor(() => expect(result.current.graph?.nodes[0]?.position).toEqual({ x: 9, y: 9 }))
    expect(result.current.problems).toBe(problems)
  })
})
