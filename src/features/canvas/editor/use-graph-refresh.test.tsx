import { QueryClientProvider } from '@tanstack/react-query'
import { act, fireEvent, renderHook } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { graphQueries } from '../../../api/graph'
import { createTestQueryClient } from '../../../test/render'
import { GRAPH_REFRESH_MS } from './graph-refresh-delay'
import { useGraphRefresh } from './use-graph-refresh'

let reads = 0
const server = setupServer(
  http.get('*/v1/workflows/wf_1/nodes', () => {
    reads++
    return HttpResponse.json({ data: [] })
  }),
  http.get('*/v1/workflows/wf_1/edges', () => HttpResponse.json({ data: [] })),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  reads = 0
  vi.useRealTimers()
})
afterAll(() => server.close())

function renderRefresh() {
  const queryClient = createTestQueryClient()
  queryClient.setQueryData(graphQueries.graph('wf_1').queryKey, { nodes: [], edges: [] })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  )
  return renderHook(() => useGraphRefresh('wf_1'), { wrapper })
}

const waitFor = async (ms: number) => {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms)
  })
}

describe('useGraphRefresh', () => {
  it('reads the graph every few seconds, but not while a button is held (a drag, a pan)', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    renderRefresh()
    await waitFor(GRAPH_REFRESH_MS + 50)
    await vi.waitFor(() => expect(reads).toBe(1))

    fireEvent.pointerDown(window)
    await waitFor(GRAPH_REFRESH_MS * 2)
    expect(reads).toBe(1)

    fireEvent.pointerUp(window)
    await waitFor(1_100)
    await vi.waitFor(() => expect(reads).toBe(2))
  })
})
