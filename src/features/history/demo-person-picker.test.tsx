import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { DEMO_USERS } from '../../domain/demo-users'
import { renderWithProviders, startMockApi } from '../../test/render'
import { DemoPersonPicker } from './demo-person-picker'

const { server } = startMockApi()
const person = (i: 0 | 1) => ({
  kind: 'person',
  email: DEMO_USERS[i].email,
  name: DEMO_USERS[i].name,
})

afterEach(() => {
  document.cookie = 'wc_demo_user=; path=/; max-age=0'
})

describe('DemoPersonPicker', () => {
  it('shows whom the demo records and switches to the other person', async () => {
    let playing: 0 | 1 = 0
    let asked = 0
    server.use(
      http.get('*/console-api/history/me', () => {
        asked++
        return HttpResponse.json({
          actor: person(playing),
          demo: { cookie: 'wc_demo_user', people: DEMO_USERS },
        })
      }),
    )
    const user = userEvent.setup()
    renderWithProviders(<DemoPersonPicker />)
    const picker = await screen.findByRole('combobox', { name: /Acting as/ })
    expect(picker).toHaveDisplayValue('Asha Rao (demo)')
    playing = 1
    await user.selectOptions(picker, 'Ben Okafor (demo)')
    expect(document.cookie).toContain('wc_demo_user=ben')
    await waitFor(() => expect(asked).toBe(2))
    expect(picker).toHaveDisplayValue('Ben Okafor (demo)')
    expect(screen.getByRole('status')).toHaveTextContent('Now acting as Ben Okafor.')
  })

  it('shows nothing to switch behind a real API (the SSO identity is the only one)', async () => {
    let answered = false
    server.use(
      http.get('*/console-api/history/me', () => {
        answered = true
        return HttpResponse.json({
          actor: { kind: 'person', email: 'casey@example.com', name: 'Casey' },
          demo: null,
        })
      }),
    )
    renderWithProviders(<DemoPersonPicker />)
    await waitFor(() => expect(answered).toBe(true))
    expect(screen.queryByRole('combobox')).toBeNull()
  })
})
