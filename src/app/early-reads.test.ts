import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { QueryClient } from '@tanstack/react-query'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Route as RootRoute } from '../routes/__root'
import { Route as WorkflowRoute } from '../routes/workflows/$workflowId'
import { env } from '../lib/env'
import { EARLY_READS } from './early-reads'

const asked = new Set<string>()
const server = setupServer(
  http.get('*', ({ request }) => {
    asked.add(request.url)
    return HttpResponse.json({ message: 'not here' }, { status: 404 })
  }),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

type Loader = (ctx: { context: { queryClient: QueryClient }; params: object }) => unknown

/** Every GET a route's loader makes, answered 404 (only the first page of a list is asked). */
async function readsOf(loader: unknown, params: object) {
  asked.clear()
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  await Promise.resolve((loader as Loader)({ context: { queryClient }, params })).catch(() => {})
  // Prefetches run on beside the loader: wait for every query to settle.
  await new Promise((resolve) => setTimeout(resolve, 100))
  return asked
}

const api = (path: string) => new URL(`${env.apiBaseUrl}${path}`, window.location.origin).href

describe('early reads', () => {
  it("are requests the workflow screen's loader makes, written as the client writes them", async () => {
    const made = await readsOf(WorkflowRoute.options.loader, { workflowId: 'wf_1' })
    const early = (EARLY_READS['workflows/$workflowId'] ?? []).map((p) =>
      api(p.replace('$workflowId', 'wf_1')),
    )
    expect(early.length).toBeGreaterThan(0)
    expect([...made]).toEqual(expect.arrayContaining(early))
  })

  it("are requests the root route's loader makes on every screen", async () => {
    const made = await readsOf(RootRoute.options.loader, {})
    expect([...made]).toEqual(expect.arrayContaining((EARLY_READS.__root ?? []).map(api)))
  })
})
