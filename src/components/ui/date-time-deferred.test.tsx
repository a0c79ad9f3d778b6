import { act, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { deferTimeZoneUntilIdle } from '../../lib/time-zone/time-zone-store'
import { DateTime } from './date-time'
import { TimeZoneSetting } from './time-zone-setting'

describe('times on a cold load (deferTimeZoneUntilIdle)', () => {
  it('leave the zone data until the screen is drawn and the page idle, then show the times', async () => {
    let idle: (() => void) | null = null
    const frames: (() => void)[] = []
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => {
      idle = cb
      return 1
    })
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb))
    const dateFormat = vi.spyOn(Intl, 'DateTimeFormat')
    let loaded: () => void = () => {}
    deferTimeZoneUntilIdle(new Promise<void>((resolve) => (loaded = resolve)))
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

    // Idle time while the screen's data is on its way does not count; nor does the screen's frame.
    await act(async () => {
      await Promise.resolve()
    })
    expect(frames).toHaveLength(0)
    expect(idle).toBeNull()
    await act(async () => {
      loaded()
      await Promise.resolve()
    })
    expect(frames).toHaveLength(1)
    frames.shift()?.()
    expect(idle).toBeNull()
    frames.shift()?.()
    expect(idle).not.toBeNull()
    expect(container.querySelector('time')).toHaveTextContent('')

    act(() => idle?.())
    expect(container.querySelector('time')).toHaveTextContent(/31 Oct 2026, \d\d:00/)
    expect(screen.getByRole('option', { name: /^Your time zone \(.+\)$/ })).toBeInTheDocument()
    vi.unstubAllGlobals()
  })
})
