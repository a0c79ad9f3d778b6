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
