import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { WorkflowStatus } from '../../domain/workflow-status'
import { LIVE_POLL_MS, useLiveStats } from './use-live-stats'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const STATS = {
  workflow_id: 'wf_1',
  totals: { enrolled: 5, active: 2, converted: 1, dropped: 1, pending: 1, removed: 0 },
  nodes: { n1: { waiting: 1, in_call: 1, done: 3 } },
  edges: { e1: { passed: 3 } },
  concurrency: { limit: 5, in_use: 1 },
}

function renderLive(initial: WorkflowStatus) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  )
  return renderHook(({ status }) => useLiveStats('wf_1', status), {
    wrapper,
    initialProps: { status: initial },
  })
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('useLiveStats', () => {
  it('polls while active, refreshes once on pause, then stops', async () => {
    let calls = 0
    server.use(http.get('*/v1/workflows/wf_1/stats', () => (calls++, HttpResponse.json(STATS))))
    const { result, rerender } = renderLive('active')

    await waitFor(() => expect(result.current.liveStats).not.toBeNull())
    expect(result.current.liveStats).toEqual({ nodes: STATS.nodes, edges: STATS.edges })
    expect(result.current.stats?.totals).toEqual({
      enrolled: 5,
      active: 2,
      converted: 1,
      dropped: 1,
      pending: 1,
    })
    await waitFor(() => expect(calls).toBeGreaterThanOrEqual(2), { timeout: LIVE_POLL_MS * 2 })

    rerender({ status: 'paused' })
    const atPause = calls
    await waitFor(() => expect(calls).toBe(atPause + 1))
    await sleep(LIVE_POLL_MS * 1.5)
    expect(calls).toBe(atPause + 1)
  }, 10_000)

  it('does not poll a draft and shows no canvas counts for it', async () => {
    let calls = 0
    server.use(http.get('*/v1/workflows/wf_1/stats', () => (calls++, HttpResponse.json(STATS))))
    const { result } = renderLive('draft')
    await waitFor(() => expect(result.current.stats).not.toBeNull())
    expect(result.current.liveStats).toBeNull()
    await sleep(LIVE_POLL_MS * 1.5)
    expect(calls).toBe(1)
  })

  it('derives totals from the leads list when the API has no stats endpoint (404), without per-node counts', async () => {
    const totalFor: Record<string, number> = {
      '': 7,
      active: 3,
      completed: 2,
      dropped: 1,
      pending: 1,
    }
    server.use(
      http.get('*/v1/workflows/wf_1/stats', () =>
        HttpResponse.json(
          { statusCode: 404, message: 'Cannot GET', error: 'Not Found' },
          { status: 404 },
        ),
      ),
      http.get('*/v1/workflows/wf_1/leads', ({ request }) => {
        const status = new URL(request.url).searchParams.get('status') ?? ''
        const total = totalFor[status] ?? 0
        return HttpResponse.json({
          data: [],
          meta: { page: 1, limit: 1, total, totalPages: total },
        })
      }),
    )
    const { result } = renderLive('active')
    await waitFor(() => expect(result.current.stats).not.toBeNull())
    expect(result.current.stats).toEqual({
      totals: { enrolled: 7, active: 3, converted: 2, dropped: 1, pending: 1 },
      nodes: {},
      edges: {},
    })
    expect(result.current.liveStats).toBeNull()
  })
})
