import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { http } from 'msw'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { call } from '../mocks/test-utils'
import { createTestQueryClient, startMockApi } from '../test/render'
import { graphQueries } from './graph'
import {
  temporaryIds,
  useCreateEdge,
  useCreateNode,
  useDeleteNode,
  useMoveNodes,
} from './graph-mutations'

const { server } = startMockApi()

/** A draft on the mock: Call --COMPLETED--> Won. */
async function draftWithGraph() {
  const wf = await call('POST', '/workflows', { title: 'Mutations' })
  const id = String(wf.body.id)
  const node = async (node_type: string, label: string, x: number) =>
    String(
      (
        await call('POST', `/workflows/${id}/nodes`, {
          node_type,
          label,
          position_x: x,
          position_y: 0,
          config: {},
        })
      ).body.id,
    )
  const a = await node('VOICE_CALL', 'Call', 0)
  const b = await node('CONVERTED', 'Won', 300)
  const edge = await call('POST', `/workflows/${id}/edges`, {
    from_node_id: a,
    to_node_id: b,
    label: 'COMPLETED',
  })
  expect(edge.status).toBe(201)
  return { id, a, b, edgeId: String(edge.body.id) }
}

async function setup() {
  const wf = await draftWithGraph()
  const client = createTestQueryClient()
  await client.fetchQuery(graphQueries.graph(wf.id))
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  const graph = () => client.getQueryData(graphQueries.graph(wf.id).queryKey)
  return { ...wf, client, wrapper, graph }
}

/** Holds writes matching `method path` until released, then lets the mock answer them. */
function hold(method: 'post' | 'delete' | 'patch', path: string) {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  server.use(http[method](`*/v1${path}`, () => released.then(() => undefined)))
  return release
}

describe('graph mutations', () => {
  it('shows an edge at once, then rolls it back and reports the failed edit when the API answers 409', async () => {
    const { id, a, b, edgeId, wrapper, graph } = await setup()
    const release = hold('post', `/workflows/${id}/edges`)
    const onFailure = vi.fn()
    const { result } = renderHook(() => useCreateEdge(id, onFailure), { wrapper })
    // The same connection again: the mock refuses a duplicate with 409.
    act(() =>
      result.current.mutate({ tempId: 'tmp-edge-1', source: a, target: b, label: 'COMPLETED' }),
    )
    await waitFor(() => expect(graph()?.edges).toHaveLength(2))
    release()
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(graph()?.edges.map((e) => e.id)).toEqual([edgeId])
    expect(onFailure).toHaveBeenCalledTimes(1)
    expect(onFailure.mock.calls[0]?.[0]).toMatchObject({ edit: 'connect', error: { status: 409 } })
  })

  it('removes a deleted node and its edges at once', async () => {
    const { id, a, b, wrapper, graph } = await setup()
    hold('delete', `/workflows/${id}/nodes/${b}`)
    const { result } = renderHook(() => useDeleteNode(id), { wrapper })
    act(() => result.current.mutate({ nodeId: b }))
    await waitFor(() => expect(graph()?.nodes.map((n) => n.id)).toEqual([a]))
    expect(graph()?.edges).toEqual([])
  })

  it('replaces the temporary id of a created node with the server one', async () => {
    const { id, client, wrapper, graph } = await setup()
    const sent: unknown[] = []
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith(`/workflows/${id}/nodes`))
        sent.push(await request.clone().json())
    })
    const { result } = renderHook(() => useCreateNode(id), { wrapper })
    act(() =>
      result.current.mutate({
        tempId: 'tmp-node-1',
        nodeType: 'TIME',
        label: 'Wait',
        position: { x: 5, y: 6 },
        config: {},
      }),
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const created = graph()?.nodes.find((n) => n.label === 'Wait')
    expect(created?.id).toMatch(/\S/)
    expect(graph()?.nodes.map((n) => n.id)).not.toContain('tmp-node-1')
    // The mapping belongs to this query client only.
    expect(temporaryIds(client).resolved('tmp-node-1')).toBe(created?.id)
    expect(temporaryIds(new QueryClient()).resolved('tmp-node-1')).toBeUndefined()
    expect(sent).toEqual([
      { node_type: 'TIME', label: 'Wait', position_x: 5, position_y: 6, config: {} },
    ])
  })

  describe('reading the graph back once edits settle', () => {
    /** Graph reads (GET …/nodes) from now on, with the canvas's graph query on screen. */
    async function watched() {
      const ctx = await setup()
      let reads = 0
      server.events.on('request:start', ({ request }) => {
        if (request.method === 'GET' && new URL(request.url).pathname.endsWith('/nodes')) reads++
      })
      const { result } = renderHook(
        () => ({
          graph: useQuery(graphQueries.graph(ctx.id)),
          move: useMoveNodes(ctx.id, () => undefined),
          connect: useCreateEdge(ctx.id),
        }),
        { wrapper: ctx.wrapper },
      )
      await waitFor(() => expect(result.current.graph.isSuccess).toBe(true))
      return { ...ctx, result, reads: () => reads }
    }

    it('a saved move is not read back: the graph holds what was sent', async () => {
      const { a, result, graph, reads } = await watched()
      await act(() =>
        result.current.move.mutateAsync({ moves: [{ nodeId: a, position: { x: 40, y: 80 } }] }),
      )
      await new Promise((r) => setTimeout(r, 50))
      expect(reads()).toBe(0)
      expect(graph()?.nodes.find((n) => n.id === a)?.position).toEqual({ x: 40, y: 80 })
    })

    it('a refused move, or a move settling after another edit, reads the graph back', async () => {
      const { id, a, b, result, reads } = await watched()
      server.use(
        http.patch(`*/v1/workflows/${id}/nodes/${a}`, () => new Response(null, { status: 500 })),
      )
      await act(() =>
        result.current.move
          .mutateAsync({ moves: [{ nodeId: a, position: { x: 1, y: 1 } }] })
          .catch(() => null),
      )
      await waitFor(() => expect(reads()).toBe(1))
      server.resetHandlers()
      // A connection and a move at once, the move settling last: the connection needs reading back.
      const connected = hold('post', `/workflows/${id}/edges`)
      const moved = hold('patch', `/workflows/${id}/nodes/${b}`)
      act(() => {
        result.current.connect.mutate({ tempId: 'tmp-e', source: a, target: b, label: 'FAILED' })
        result.current.move.mutate({ moves: [{ nodeId: b, position: { x: 9, y: 9 } }] })
      })
      connected()
      await waitFor(() => expect(result.current.connect.isSuccess).toBe(true))
      expect(reads()).toBe(1)
      moved()
      await waitFor(() => expect(result.current.move.isSuccess).toBe(true))
      await waitFor(() => expect(reads()).toBe(2))
    })
  })
})
