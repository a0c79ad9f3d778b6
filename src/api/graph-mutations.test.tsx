import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { graphQueries } from './graph'
import { temporaryIds, useCreateEdge, useDeleteNode, useCreateNode } from './graph-mutations'
import type { WorkflowGraph } from './schemas/graph'

const graph: WorkflowGraph = {
  nodes: [
    { id: 'a', nodeType: 'VOICE_CALL', label: 'Call', position: { x: 0, y: 0 }, config: {} },
    { id: 'b', nodeType: 'CONVERTED', label: 'Won', position: { x: 300, y: 0 }, config: {} },
  ],
  edges: [{ id: 'e1', source: 'a', target: 'b', label: 'COMPLETED' }],
}
const key = graphQueries.graph('wf').queryKey

function setup(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit) => respond(url, init)),
  )
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  })
  client.setQueryData(key, graph)
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  return { client, wrapper }
}
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

afterEach(() => vi.unstubAllGlobals())

describe('graph mutations', () => {
  it('shows an edge at once, then rolls it back and reports the failed edit when the API answers 409', async () => {
    let answer: (r: Response) => void = () => undefined
    const { client, wrapper } = setup((_url, init) =>
      init.method === 'POST' ? new Promise((r) => (answer = r)) : json(200, { data: graph.edges }),
    )
    const onFailure = vi.fn()
    const { result } = renderHook(() => useCreateEdge('wf', onFailure), { wrapper })
    act(() =>
      result.current.mutate({ tempId: 'tmp-edge-1', source: 'a', target: 'b', label: 'COMPLETED' }),
    )
    await waitFor(() => expect(client.getQueryData(key)?.edges).toHaveLength(2))
    answer(
      json(409, {
        statusCode: 409,
        message: 'An edge from a to b with label "COMPLETED" already exists.',
      }),
    )
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(client.getQueryData(key)?.edges.map((e) => e.id)).toEqual(['e1'])
    expect(onFailure).toHaveBeenCalledTimes(1)
    expect(onFailure.mock.calls[0]?.[0]).toMatchObject({
      edit: 'connect',
      error: { status: 409 },
    })
  })

  it('removes a deleted node and its edges at once', async () => {
    const { client, wrapper } = setup(() => new Promise(() => undefined))
    const { result } = renderHook(() => useDeleteNode('wf'), { wrapper })
    act(() => result.current.mutate({ nodeId: 'b' }))
    await waitFor(() => expect(client.getQueryData(key)?.nodes.map((n) => n.id)).toEqual(['a']))
    expect(client.getQueryData(key)?.edges).toEqual([])
  })

  it('replaces the temporary id of a created node with the server one', async () => {
    const n9 = {
      id: 'n9',
      node_type: 'TIME',
      label: 'Wait',
      position_x: 5,
      position_y: 6,
      config: {},
    }
    // After the create, the refetch answers with what the server now holds.
    const { client, wrapper } = setup((url, init) =>
      init.method === 'POST'
        ? json(201, n9)
        : json(200, { data: String(url).includes('/nodes') ? [n9] : [] }),
    )
    const { result } = renderHook(() => useCreateNode('wf'), { wrapper })
    act(() =>
      result.current.mutate({
        tempId: 'tmp-node-1',
        nodeType: 'TIME',
        label: 'Wait',
        position: { x: 5, y: 6 },
        config: {},
      }),
    )
    await waitFor(() => expect(client.getQueryData(key)?.nodes.map((n) => n.id)).toContain('n9'))
    expect(client.getQueryData(key)?.nodes.map((n) => n.id)).not.toContain('tmp-node-1')
    // The mapping belongs to this query client only.
    expect(temporaryIds(client).resolved('tmp-node-1')).toBe('n9')
    expect(temporaryIds(new QueryClient()).resolved('tmp-node-1')).toBeUndefined()
    const body = JSON.parse(String(vi.mocked(fetch).mock.calls[0]?.[1]?.body))
    expect(body).toEqual({
      node_type: 'TIME',
      label: 'Wait',
      position_x: 5,
      position_y: 6,
      config: {},
    })
  })
})
