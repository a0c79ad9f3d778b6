import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { Toaster } from 'sonner'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { workflowQueries } from '../../api/workflows'
import { StatusBadge } from '../../components/ui/status-badge'
import { LifecycleControls } from './lifecycle-controls'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const workflow = (status: string) => ({
  id: 'wf_1',
  title: 'Renewal calls',
  status,
  enrolled_leads: 4,
})

function Harness() {
  const { data } = useQuery(workflowQueries.detail('wf_1'))
  if (!data) return null
  return (
    <>
      <StatusBadge status={data.status} />
      <LifecycleControls workflow={data} />
    </>
  )
}

/** The cache starts with the status the user last saw; the server may know better. */
function renderWithServerStatus(initial: string) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  })
  queryClient.setQueryData(workflowQueries.detail('wf_1').queryKey, {
    id: 'wf_1',
    title: 'Renewal calls',
    description: '',
    status: initial as 'active',
    leadCount: 4,
    nodeCount: undefined,
    edgeCount: undefined,
    lastTriggeredAt: undefined,
    createdAt: undefined,
    updatedAt: undefined,
  })
  render(
    <QueryClientProvider client={queryClient}>
      <Harness />
      <Toaster />
    </QueryClientProvider>,
  )
}

async function pause() {
  const user = userEvent.setup()
  await user.click(screen.getByRole('button', { name: 'Pause' }))
  const dialog = await screen.findByRole('dialog')
  expect(dialog).toHaveTextContent('Calls in progress finish')
  await user.click(within(dialog).getByRole('button', { name: 'Pause' }))
}

describe('lifecycle controls', () => {
  it('shows the new status at once and keeps it when the server agrees', async () => {
    let answer!: () => void
    const answered = new Promise<void>((resolve) => (answer = resolve))
    let serverStatus = 'active'
    server.use(
      http.post('*/v1/workflows/wf_1/pause', async () => {
        await answered
        serverStatus = 'paused'
        return HttpResponse.json({ id: 'wf_1', status: 'paused' })
      }),
      http.get('*/v1/workflows/wf_1', () => HttpResponse.json(workflow(serverStatus))),
    )
    renderWithServerStatus('active')
    await pause()
    // Optimistic: painted before the server has answered; buttons locked while in flight.
    expect(screen.getByText('Paused')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Resume' })).toBeDisabled()
    answer()
    await screen.findByText(/Workflow paused/)
    expect(screen.getByText('Paused')).toBeInTheDocument()
  })

  it('shows a toast naming the real status and restores it when pause returns 409', async () => {
    let reads = 0
    server.use(
      http.post('*/v1/workflows/wf_1/pause', async () => {
        await delay(20)
        return HttpResponse.json(
          { statusCode: 409, message: 'Workflow is not active', error: 'Conflict' },
          { status: 409 },
        )
      }),
      http.get('*/v1/workflows/wf_1', () => {
        reads += 1
        return HttpResponse.json(workflow('cancelled'))
      }),
    )
    renderWithServerStatus('active')
    await pause()
    expect(screen.getByText('Paused')).toBeInTheDocument()
    expect(await screen.findByText(/the workflow is cancelled now/)).toBeInTheDocument()
    await waitFor(() => expect(screen.getByText('Cancelled')).toBeInTheDocument())
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument()
    // The conflict's fetch of the real status is the only read: no second refetch on settle.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(reads).toBe(1)
  })

  it('rolls back to the previous status with a toast when pause returns 500', async () => {
    server.use(
      http.post('*/v1/workflows/wf_1/pause', () =>
        HttpResponse.json(
          { statusCode: 500, message: 'Internal error', error: 'Internal Server Error' },
          { status: 500 },
        ),
      ),
      http.get('*/v1/workflows/wf_1', () => HttpResponse.json(workflow('active'))),
    )
    renderWithServerStatus('active')
    await pause()
    expect(
      await screen.findByText(/Could not pause the workflow: Internal error/),
    ).toBeInTheDocument()
    expect(screen.getByText('Active')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Pause' })).toBeEnabled()
  })

  it('asks for a typed confirmation before cancelling', async () => {
    const user = userEvent.setup()
    let cancelled = false
    server.use(
      http.post('*/v1/workflows/wf_1/cancel', () => {
        cancelled = true
        return HttpResponse.json({ id: 'wf_1', status: 'cancelled' })
      }),
      http.get('*/v1/workflows/wf_1', () =>
        HttpResponse.json(workflow(cancelled ? 'cancelled' : 'active')),
      ),
    )
    renderWithServerStatus('active')
    await user.click(screen.getByRole('button', { name: 'Cancel workflow' }))
    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveTextContent('cannot be undone')
    const confirm = within(dialog).getByRole('button', { name: 'Cancel workflow' })
    expect(confirm).toBeDisabled()
    await user.type(within(dialog).getByLabelText(/Type cancel to confirm/), 'cancel')
    await user.click(confirm)
    await screen.findByText('Workflow cancelled.')
    expect(cancelled).toBe(true)
  })
})
