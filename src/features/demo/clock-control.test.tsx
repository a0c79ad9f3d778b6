import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ClockControl } from './clock-control'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const NOW = Date.parse('2026-11-01T09:00:00.000Z')

function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const user = userEvent.setup()
  const view = render(
    <QueryClientProvider client={queryClient}>
      <ClockControl />
    </QueryClientProvider>,
  )
  return { user, queryClient, ...view }
}

describe('ClockControl', () => {
  it('renders nothing when the API has no mock clock (404)', async () => {
    let asked = false
    server.use(
      http.get('*/v1/__mock/clock', () => {
        asked = true
        return HttpResponse.json(
          { statusCode: 404, message: 'Not found', error: 'Not Found' },
          { status: 404 },
        )
      }),
    )
    const { container } = setup()
    await waitFor(() => expect(asked).toBe(true))
    expect(container).toBeEmptyDOMElement()
  })

  it('shows the simulated time, changes the speed and skips time, refreshing live data', async () => {
    const posted: unknown[] = []
    let clock = { now: new Date(NOW).toISOString(), now_ms: NOW, speed: 0 }
    server.use(
      http.get('*/v1/__mock/clock', () => HttpResponse.json(clock)),
      http.post('*/v1/__mock/clock', async ({ request }) => {
        const body = (await request.json()) as { speed?: number; advance_ms?: number }
        posted.push(body)
        const nowMs = clock.now_ms + (body.advance_ms ?? 0)
        clock = {
          now: new Date(nowMs).toISOString(),
          now_ms: nowMs,
          speed: body.speed ?? clock.speed,
        }
        return HttpResponse.json(clock)
      }),
    )
    const { user, queryClient } = setup()
    const group = await screen.findByRole('group', { name: 'Simulated clock' })
    expect(group).toHaveTextContent('1 Nov 2026, 09:00 UTC')
    const speed = screen.getByRole('combobox', { name: /Speed/ })
    expect(speed).toHaveValue('0')

    queryClient.setQueryData(['workflows', 'wf_1', 'stats', 'live'], null)
    await user.click(screen.getByRole('button', { name: 'Skip 1 day' }))
    await waitFor(() => expect(group).toHaveTextContent('2 Nov 2026, 09:00 UTC'))
    expect(queryClient.getQueryState(['workflows', 'wf_1', 'stats', 'live'])?.isInvalidated).toBe(
      true,
    )

    await user.selectOptions(speed, '1 hour per second')
    await waitFor(() => expect(speed).toHaveValue('3600'))
    expect(posted).toEqual([{ advance_ms: 86_400_000 }, { speed: 3600 }])
  })
})
