import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { graphQueries } from '../../../api/graph'
import { outputForEdgeLabel } from '../../../domain/node-types'
import { call } from '../../../mocks/test-utils'
import { createTestQueryClient, startMockApi } from '../../../test/render'
import { useGraphActions } from './use-graph-actions'

const { server } = startMockApi()

/** A draft on the mock: Call --COMPLETED--> Won, and a Lost step. */
async function draft() {
  const id = String((await call('POST', '/workflows', { title: 'Next step' })).body.id)
  const node = async (node_type: string, label: string) =>
    String(
      (
        await call('POST', `/workflows/${id}/nodes`, {
          node_type,
          label,
          position_x: 0,
          position_y: 0,
          config: {},
        })
      ).body.id,
    )
  const callId = await node('VOICE_CALL', 'Call')
  const won = await node('CONVERTED', 'Won')
  const lost = await node('DROPPED', 'Lost')
  const edge = await call('POST', `/workflows/${id}/edges`, {
    from_node_id: callId,
    to_node_id: won,
    label: 'COMPLETED',
  })
  return { id, callId, won, lost, edgeId: String(edge.body.id) }
}

describe('changing where a step goes next', () => {
  it('keeps the old connection when the API refuses the new one, and sends no delete', async () => {
    const wf = await draft()
    const client = createTestQueryClient()
    await client.fetchQuery(graphQueries.graph(wf.id))
    const sent: string[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.method !== 'GET') sent.push(`${request.method} ${new URL(request.url).pathname}`)
    })
    server.use(
      http.post(`*/v1/workflows/${wf.id}/edges`, () =>
        HttpResponse.json({ statusCode: 409, message: 'Refused' }, { status: 409 }),
      ),
    )
    const record = vi.fn()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    )
    const { result } = renderHook(
      () => {
        useQuery(graphQueries.graph(wf.id))
        return useGraphActions(wf.id, {
          confirm: () => Promise.resolve(true),
          checkImpact: () => Promise.resolve({ go: true, removeLeadIds: [] }),
          readOnly: false,
          record,
          undo: () => Promise.resolve(),
        })
      },
      { wrapper },
    )
    const graph = () => client.getQueryData(graphQueries.graph(wf.id).queryKey)
    const current = graph()!.edges.filter((e) => e.source === wf.callId)
    act(() =>
      result.current.setNextStep(
        wf.callId,
        outputForEdgeLabel('VOICE_CALL', 'COMPLETED')!,
        current,
        wf.lost,
      ),
    )
    await waitFor(() => expect(sent).toEqual([`POST /v1/workflows/${wf.id}/edges`]))
    await waitFor(() => expect(client.isMutating()).toBe(0))
    expect(graph()!.edges.map((e) => [e.id, e.target])).toEqual([[wf.edgeId, wf.won]])
    expect(sent).toEqual([`POST /v1/workflows/${wf.id}/edges`])
    expect(record).not.toHaveBeenCalled()
  })
})

describe('saving many positions (tidy-up)', () => {
  async function steps(count: number) {
    const id = String((await call('POST', '/workflows', { title: 'Tidy' })).body.id)
    const ids: string[] = []
    for (let i = 0; i < count; i++)
      ids.push(
        String(
          (
            await call('POST', `/workflows/${id}/nodes`, {
              node_type: 'DROPPED',
              label: `Step ${i}`,
              position_x: i * 10,
              position_y: 0,
              config: {},
            })
          ).body.id,
        ),
      )
    return { id, ids }
  }

  function mount(id: string) {
    const client = createTestQueryClient()
    const record = vi.fn()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    )
    const { result } = renderHook(
      () => {
        useQuery(graphQueries.graph(id))
        return useGraphActions(id, {
          confirm: () => Promise.resolve(true),
          checkImpact: () => Promise.resolve({ go: true, removeLeadIds: [] }),
          readOnly: false,
          record,
          undo: () => Promise.resolve(),
        })
      },
      { wrapper },
    )
    return { client, record, result }
  }

  it('sends only the steps that move, at most six at a time, and records one undo entry', async () => {
    const wf = await steps(20)
    const { client, record, result } = mount(wf.id)
    await client.fetchQuery(graphQueries.graph(wf.id))
    let inFlight = 0
    let most = 0
    let patches = 0
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PATCH') {
        patches++
        most = Math.max(most, ++inFlight)
      }
    })
    server.events.on('response:mocked', ({ request }) => {
      if (request.method === 'PATCH') inFlight--
    })
    // Five steps are told to stay where they are.
    const moves = wf.ids.map((nodeId, i) => ({
      nodeId,
      position: i < 5 ? { x: i * 10, y: 0 } : { x: i * 10, y: 500 },
    }))
    await act(() => result.current.moveNodes(moves, 'tidy up'))
    expect(patches).toBe(15)
    expect(most).toBeLessThanOrEqual(6)
    expect(most).toBeGreaterThan(1)
    expect(record).toHaveBeenCalledTimes(1)
    expect(record.mock.calls[0]![0]).toMatchObject({ label: 'tidy up' })
    expect(record.mock.calls[0]![0].undo).toHaveLength(15)
  })

  it('puts back what was saved when cancelled, and records nothing', async () => {
    const wf = await steps(20)
    const { client, record, result } = mount(wf.id)
    await client.fetchQuery(graphQueries.graph(wf.id))
    const controller = new AbortController()
    const phases: string[] = []
    const moves = wf.ids.map((nodeId, i) => ({ nodeId, position: { x: i * 10, y: 700 } }))
    await act(() =>
      result.current.moveNodes(moves, 'tidy up', {
        signal: controller.signal,
        onProgress: (p) => {
          phases.push(p.phase)
          if (p.phase === 'saving' && p.done === 4) controller.abort()
        },
      }),
    )
    await waitFor(() => expect(client.isMutating()).toBe(0))
    expect(phases).toContain('putting back')
    expect(record).not.toHaveBeenCalled()
    const nodes = (await call('GET', `/workflows/${wf.id}/nodes?limit=100`)).body.data as {
      position_y: number
    }[]
    expect(nodes.every((n) => n.position_y === 0)).toBe(true)
    const cached = client.getQueryData(graphQueries.graph(wf.id).queryKey)!
    expect(cached.nodes.every((n) => n.position?.y === 0)).toBe(true)
  })
})
