import { useQuery } from '@tanstack/react-query'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { runLifecycleAction, workflowQueries } from '../../api/workflows'
import { StatusBadge } from '../../components/ui/status-badge'
import { renderWithProviders, startMockApi } from '../../test/render'
import { LifecycleControls } from './lifecycle-controls'

const { runtime, server } = startMockApi()
/** Seeded "Loan pre-approval nurture": active, with leads. */
const ACTIVE = 'wf_nurture00001'

function Harness() {
  const { data } = useQuery(workflowQueries.detail(ACTIVE))
  if (!data) return null
  return (
    <>
      <StatusBadge status={data.status} />
      <LifecycleControls workflow={data} />
    </>
  )
}

/** The screen shows the workflow as the user last saw it (active); the mock may know better. */
async function renderSeenActive() {
  const view = renderWithProviders(<Harness />)
  const seen = await workflowQueries.detail(ACTIVE).queryFn!({} as never)
  view.queryClient.setQueryData(workflowQueries.detail(ACTIVE).queryKey, {
    ...seen,
    status: 'active',
  })
  await screen.findByRole('button', { name: 'Pause' })
  return view
}

/** Holds requests matching `method path` until released, then lets the mock answer them. */
function hold(method: 'post' | 'get', path: string) {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  server.use(http[method](`*/v1${path}`, () => released.then(() => undefined)))
  return release
}

function countReads(path: string) {
  const counter = { reads: 0 }
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'GET' && new URL(request.url).pathname === `/v1${path}`)
      counter.reads += 1
  })
  return counter
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
    await renderSeenActive()
    const release = hold('post', `/workflows/${ACTIVE}/pause`)
    await pause()
    // Optimistic: painted before the server has answered; buttons locked while in flight.
    expect(screen.getByText('Paused')).toBeInTheDocument()
    // aria-disabled (not disabled) so that it can hold focus while the request is in flight.
    expect(screen.getByRole('button', { name: 'Resume' })).toHaveAttribute('aria-disabled', 'true')
    release()
    await screen.findByText(/Workflow paused/)
    expect(screen.getByText('Paused')).toBeInTheDocument()
    expect(runtime.context.db.workflows.get(ACTIVE)?.status).toBe('paused')
  })

  it('moves focus to Resume, the button that replaced Pause, once pause is confirmed', async () => {
    await renderSeenActive()
    const release = hold('post', `/workflows/${ACTIVE}/pause`)
    await pause()
    const resume = await screen.findByRole('button', { name: 'Resume' })
    await waitFor(() => expect(resume).toHaveFocus())
    // A second press while the request is in flight sends nothing and opens nothing.
    await userEvent.setup().click(resume)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    release()
    await screen.findByText(/Workflow paused/)
    expect(screen.getByRole('button', { name: 'Resume' })).toHaveFocus()
  })

  it('shows a toast naming the real status and restores it when pause returns 409', async () => {
    // Cancelled elsewhere (another tab, the DialNexa dashboard) after this screen loaded.
    await renderSeenActive()
    await runLifecycleAction(ACTIVE, 'cancel')
    const counter = countReads(`/workflows/${ACTIVE}`)
    const release = hold('post', `/workflows/${ACTIVE}/pause`)
    await pause()
    expect(screen.getByText('Paused')).toBeInTheDocument()
    release()
    expect(await screen.findByText(/the workflow is cancelled now/)).toBeInTheDocument()
    await waitFor(() => expect(screen.getByText('Cancelled')).toBeInTheDocument())
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument()
    // The conflict's fetch of the real status is the only read: no second refetch on settle.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(counter.reads).toBe(1)
  })

  it('rolls back to the previous status with a toast when pause returns 500', async () => {
    await renderSeenActive()
    runtime.faults.set({ writeFailure: '500' })
    await pause()
    expect(
      await screen.findByText(
        /Could not pause the workflow: Injected fault: internal server error/,
      ),
    ).toBeInTheDocument()
    expect(screen.getByText('Active')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Pause' })).not.toHaveAttribute('aria-disabled')
  })

  it('asks for a typed confirmation before cancelling', async () => {
    const user = userEvent.setup()
    await renderSeenActive()
    await user.click(screen.getByRole('button', { name: 'Cancel workflow' }))
    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveTextContent('cannot be undone')
    const confirm = within(dialog).getByRole('button', { name: 'Cancel workflow' })
    expect(confirm).toBeDisabled()
    await user.type(within(dialog).getByLabelText(/Type cancel to confirm/), 'cancel')
    await user.click(confirm)
    await screen.findByText('Workflow cancelled.')
    expect(runtime.context.db.workflows.get(ACTIVE)?.status).toBe('cancelled')
  })
  it('puts focus back on Pause when the pause fails and is rolled back', async () => {
    await renderSeenActive()
    runtime.faults.set({ writeFailure: '500' })
    await pause()
    // Toasts from earlier tests linger in sonner's global store: wait for the rollback instead.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Pause' })).toHaveFocus())
    expect(screen.getByText('Active')).toBeInTheDocument()
  })
})
