import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { Toaster } from 'sonner'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { LeadsTable } from './leads-table'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const graph: WorkflowGraph = {
  nodes: [
    { id: 'node_call', nodeType: 'VOICE_CALL', label: 'First call', position: null, config: {} },
  ],
  edges: [],
}

const lead = (i: number, over: Record<string, unknown> = {}) => ({
  id: `wlead_${i}`,
  phone_number: `+9198000000${String(i).padStart(2, '0')}`,
  metadata: { first_name: `Name${i}`, city: 'Pune' },
  current_node_id: 'node_call',
  status: 'in_progress',
  created_at: '2026-11-01T09:00:00.000Z',
  ...over,
})

function setup(onShowPath = vi.fn()) {
  // sonner reads the colour scheme.
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    onchange: null,
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const user = userEvent.setup()
  render(
    <QueryClientProvider client={queryClient}>
      <LeadsTable workflowId="wf_1" status="paused" graph={graph} onShowPath={onShowPath} />
      <Toaster />
    </QueryClientProvider>,
  )
  return { user, onShowPath }
}

describe('LeadsTable', () => {
  it('shows status as text, the current node by label and variables, and asks for 20 per page', async () => {
    const queries: URLSearchParams[] = []
    server.use(
      http.get('*/v1/workflows/wf_1/leads', ({ request }) => {
        queries.push(new URL(request.url).searchParams)
        return HttpResponse.json({
          data: [lead(1), lead(2, { status: 'completed' })],
          meta: { page: 1, limit: 20, total: 2, totalPages: 1 },
        })
      }),
    )
    const { user, onShowPath } = setup()
    const table = await screen.findByRole('table', {
      name: /Leads enrolled in this workflow, page 1 of 1/,
    })
    const first = within(table).getByRole('row', { name: /\+919800000001/ })
    expect(first).toHaveTextContent('Active')
    expect(first).toHaveTextContent('At: First call')
    expect(first).toHaveTextContent('first_name=Name1, city=Pune')
    expect(queries[0]?.get('limit')).toBe('20')
    // A finished lead cannot be removed.
    const second = within(table).getByRole('row', { name: /\+919800000002/ })
    expect(second).toHaveTextContent('Converted')
    expect(within(second).queryByRole('button', { name: /Remove/ })).toBeNull()

    await user.click(within(first).getByRole('button', { name: 'Show path of +919800000001' }))
    expect(onShowPath).toHaveBeenCalledWith('wlead_1')
  })

  it('searches by phone after typing stops', async () => {
    const searches: (string | null)[] = []
    server.use(
      http.get('*/v1/workflows/wf_1/leads', ({ request }) => {
        const search = new URL(request.url).searchParams.get('search')
        searches.push(search)
        const data = search ? [lead(2)] : [lead(1), lead(2)]
        return HttpResponse.json({
          data,
          meta: { page: 1, limit: 20, total: data.length, totalPages: 1 },
        })
      }),
    )
    const { user } = setup()
    await screen.findByRole('row', { name: /\+919800000001/ })
    await user.type(screen.getByLabelText('Search by phone'), '0002')
    await waitFor(() => expect(searches).toContain('0002'), { timeout: 3_000 })
    await waitFor(() =>
      expect(screen.queryByRole('row', { name: /\+919800000001/ })).not.toBeInTheDocument(),
    )
    expect(searches).toEqual([null, '0002'])
  })

  it('explains with a toast when the lead had already finished (409)', async () => {
    server.use(
      http.get('*/v1/workflows/wf_1/leads', () =>
        HttpResponse.json({
          data: [lead(1)],
          meta: { page: 1, limit: 20, total: 1, totalPages: 1 },
        }),
      ),
      http.delete('*/v1/workflows/wf_1/leads/wlead_1', () =>
        HttpResponse.json(
          { statusCode: 409, message: 'Lead wlead_1 is already completed.', error: 'Conflict' },
          { status: 409 },
        ),
      ),
    )
    const { user } = setup()
    await user.click(await screen.findByRole('button', { name: 'Remove +919800000001' }))
    const dialog = await screen.findByRole('dialog', { name: 'Remove +919800000001?' })
    await user.click(within(dialog).getByRole('button', { name: 'Remove lead' }))
    expect(
      await screen.findByText(/has already finished or was already removed/),
    ).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })
})
