import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { setTimeZone } from '../../lib/time-zone/time-zone-store'
import { TimeZoneSetting } from './time-zone-setting'

const setting = () => screen.getByLabelText('Times in') as HTMLSelectElement
const zones = () => within(setting()).queryAllByRole('option').map((o) => o.getAttribute('value'))

afterEach(() => setTimeZone(null))

describe('TimeZoneSetting', () => {
  it('lists every zone once the control is reached by keyboard, and a chosen zone picks it', async () => {
    render(<TimeZoneSetting />)
    expect(zones()).not.toContain('Europe/Paris')
    await userEvent.tab()
    expect(setting()).toHaveFocus()
    expect(zones()).toContain('Europe/Paris')
    await userEvent.selectOptions(setting(), 'Europe/Paris')
    expect(setting()).toHaveValue('Europe/Paris')
  })

  it('lists every zone when the pointer goes down on it, before its list opens', () => {
    render(<TimeZoneSetting />)
    fireEvent.pointerDown(setting())
    expect(zones()).toContain('America/Sao_Paulo')
  })

  it('shows a zone chosen earlier as the selected one before the full list is built', () => {
    setTimeZone('Pacific/Auckland')
    render(<TimeZoneSetting />)
    expect(zones()).not.toContain('Europe/Paris')
    expect(setting()).toHaveValue('Pacific/Auckland')
    expect(within(setting()).getByRole('option', { selected: true })).toHaveTextContent(
      'Pacific/Auckland',
    )
  })
})
