import { act, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { deferTimeZoneUntilIdle } from '../../lib/time-zone/time-zone-store'
import { DateTime } from './date-time'
import { TimeZoneSetting } from './time-zone-setting'

describe('times on a cold load (deferTimeZoneUntilIdle)', () => {
  it('leave the zone data for the first idle moment, then show the times at once', () => {
    let idle: (() => void) | null = null
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => {
      idle = cb
      return 1
    })
    const dateFormat = vi.spyOn(Intl, 'DateTimeFormat')
    deferTimeZoneUntilIdle()
    const { container } = render(
      <>
        <TimeZoneSetting />
        <p>
          edited <DateTime iso="2026-10-31T09:00:00Z" />
        </p>
      </>,
    )
    // The screen is drawn without touching Intl's date formatting.
    expect(dateFormat).not.toHaveBeenCalled()
    dateFormat.mockRestore()
    expect(container.querySelector('time')).toHaveAttribute('datetime', '2026-10-31T09:00:00Z')
    expect(container.querySelector('time')).toHaveTextContent('')
    expect(screen.getByRole('option', { name: 'Your time zone' })).toBeInTheDocument()

    act(() => idle?.())
    expect(container.querySelector('time')).toHaveTextContent(/31 Oct 2026, \d\d:00/)
    expect(screen.getByRole('option', { name: /^Your time zone \(.+\)$/ })).toBeInTheDocument()
    vi.unstubAllGlobals()
  })
})
