import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { NO_FAULTS } from './fault-profile'
import { FaultBanner } from './fault-banner'
import { FaultSettings } from './fault-settings'
import { applyFaultParam, clearFaultProfile, getFaultProfile, setFaultProfile } from './fault-store'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  clearFaultProfile()
  sessionStorage.clear()
})
afterAll(() => server.close())

const mockAnswers = () =>
  server.use(http.get('*/v1/__mock/state', () => HttpResponse.json({ clock: { speed: 0 } })))

function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const user = userEvent.setup()
  const view = render(
    <QueryClientProvider client={queryClient}>
      <FaultSettings />
      <FaultBanner />
    </QueryClientProvider>,
  )
  return { user, ...view }
}

describe('FaultSettings', () => {
  it('renders nothing against a real API while no fault is on', async () => {
    let asked = false
    server.use(
      http.get('*/v1/__mock/state', () => {
        asked = true
        return HttpResponse.json({ statusCode: 404, message: 'Not found' }, { status: 404 })
      }),
    )
    const { container } = setup()
    await waitFor(() => expect(asked).toBe(true))
    expect(container).toBeEmptyDOMElement()
  })

  it('sets faults for this tab from the labelled dialog and turns them off in one click', async () => {
    mockAnswers()
    const { user } = setup()
    await user.click(await screen.findByRole('button', { name: /^Network faults/ }))
    const latency = await screen.findByLabelText('Extra latency (ms)')
    await user.clear(latency)
    await user.type(latency, '800')
    const reads = screen.getByLabelText('Reads failing with 503 (%)')
    await user.clear(reads)
    await user.type(reads, '30')
    await user.selectOptions(screen.getByLabelText('Writes answer'), '409')
    await user.click(screen.getByLabelText('Requests never answer'))
    await user.type(screen.getByLabelText('Give up waiting after (seconds)'), '3')
    await user.click(screen.getByRole('button', { name: 'Apply to this tab' }))

    expect(getFaultProfile()).toEqual({
      latencyMs: 800,
      readFailureRate: 0.3,
      writeFailure: '409',
      hang: true,
      offline: false,
      timeoutMs: 3000,
    })
    expect(JSON.parse(sessionStorage.getItem('workflow-console:faults') ?? '')).toMatchObject({
      latencyMs: 800,
    })
    expect(screen.getByTestId('fault-indicator')).toHaveTextContent(
      'Faults on: 800 ms latency · 30% reads fail · writes 409 · requests hang · timeout 3 s',
    )
    await user.click(screen.getByRole('button', { name: 'Turn faults off' }))
    expect(getFaultProfile()).toEqual(NO_FAULTS)
    expect(screen.queryByTestId('fault-indicator')).not.toBeInTheDocument()
  })

  it('refuses values out of range and says why', async () => {
    mockAnswers()
    const { user } = setup()
    await user.click(await screen.findByRole('button', { name: /^Network faults/ }))
    const reads = await screen.findByLabelText('Reads failing with 503 (%)')
    await user.clear(reads)
    await user.type(reads, '150')
    await user.click(screen.getByRole('button', { name: 'Apply to this tab' }))
    expect(await screen.findByText('Between 0 and 100 %.')).toBeInTheDocument()
    expect(reads).toHaveAttribute('aria-invalid', 'true')
    expect(getFaultProfile()).toEqual(NO_FAULTS)
  })

  it('stays visible while faults are on even when the mock does not answer', async () => {
    server.use(http.get('*/v1/__mock/state', () => HttpResponse.error()))
    setFaultProfile({ ...NO_FAULTS, offline: true })
    setup()
    expect(await screen.findByRole('button', { name: 'Turn faults off' })).toBeInTheDocument()
  })

  it('takes the URL parameter and removes it from the address', () => {
    const applied = applyFaultParam(
      'http://localhost/workflows?q=kyc&faults=writes:500,latency:100',
    )
    expect(applied?.url).toBe('http://localhost/workflows?q=kyc')
    expect(getFaultProfile()).toEqual({ ...NO_FAULTS, writeFailure: '500', latencyMs: 100 })
    expect(applyFaultParam('http://localhost/workflows')).toBeNull()
  })
})
