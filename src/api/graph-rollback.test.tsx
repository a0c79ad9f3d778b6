import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { call } from '../mocks/test-utils'
import { createTestQueryClient, startMockApi } from '../test/render'
import { graphQueries } from './graph'
import { useUpdateNode } from './graph-mutations'

const { server } = startMockApi()

/**
 * A rollback that the refetch cannot fake: the PATCH is refused, and the refetch that follows is
 * held and then answers with the *new* value (as if the write had landed after all). Right after
 * the refusal only a real rollback of the optimistic write shows the old name; once the refetch
 * answers, the server's word wins.
 */
describe('a refused step save', () => {
  it('puts the old value back at once, before any refetch answers', async () => {
    const wf = await call('POST', '/workflows', { title: 'Rollback' })
    const id = String(wf.body.id)
    const created = await call('POST', `/workflows/${id}/nodes`, {
      node_type: 'TIME',
      label: 'Wait 2 days',
      position_x: 0,
      position_y: 0,
      config: {},
    })
    const nodeId = String(created.body.id)
    const client = createTestQueryClient()
    await client.fetchQuery(graphQueries.graph(id))
    const label = () =>
      client.getQueryData(graphQueries.graph(id).queryKey)?.nodes.find((n) => n.id === nodeId)
        ?.label

    let answerPatch!: () => void
    const patchHeld = new Promise<void>((resolve) => (answerPatch = resolve))
    let answerRefetch!: () => void
    const refetchHeld = new Promise<void>((resolve) => (answerRefetch = resolve))
    let refetches = 0
    server.use(
      http.patch(`*/v1/workflows/${id}/nodes/${nodeId}`, async () => {
        await patchHeld
        return HttpResponse.json({ statusCode: 500, message: 'Boom' }, { status: 500 })
      }),
      http.get(`*/v1/workflows/${id}/nodes`, async () => {
        refetches += 1
        await refetchHeld
        return HttpResponse.json({
          data: [
            {
              id: nodeId,
              node_type: 'TIME',
              label: 'Wait 3 days',
              position_x: 0,
              position_y: 0,
              config: {},
            },
          ],
          meta: { page: 1, limit: 100, total: 1, totalPages: 1 },
        })
      }),
    )

    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    )
    // The canvas is on screen: the graph query has an observer, so it is refetched.
    const { result } = renderHook(
      () => {
        useQuery(graphQueries.graph(id))
        return useUpdateNode(id)
      },
      { wrapper },
    )
    act(() => result.current.mutate({ nodeId, patch: { label: 'Wait 3 days' } }))
    await waitFor(() => expect(label()).toBe('Wait 3 days')) // optimistic
    answerPatch()
    // The refetch has started but not answered (the mutation settles only after it): what is
    // on screen now is the rollback's doing alone.
    await waitFor(() => expect(refetches).toBe(1))
    expect(label()).toBe('Wait 2 days')
    answerRefetch()
    await waitFor(() => expect(result.current.isError).toBe(true))
    await waitFor(() => expect(label()).toBe('Wait 3 days'))
  })
})
