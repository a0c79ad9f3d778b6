import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatCount, formatDateTime, formatDateTimeCompact, formatUtc } from './format'
import { currentTimeZone, setTimeZone, viewerTimeZone } from './time-zone/time-zone-store'

const ISO = '2026-11-03T14:05:00Z'

afterEach(() => setTimeZone(null))

describe('times in a chosen time zone', () => {
  it('renders in the zone given, naming it', () => {
    expect(formatDateTime(ISO, 'Asia/Kolkata')).toBe('3 Nov 2026, 19:35 GMT+5:30')
    expect(formatDateTimeCompact(ISO, 'Asia/Kolkata')).toBe('3 Nov, 19:35')
    expect(formatUtc(ISO)).toBe('3 Nov 2026, 14:05 UTC')
  })

  it('follows the setting, and falls back to the viewer’s own zone', () => {
    expect(currentTimeZone()).toBe(viewerTimeZone())
    setTimeZone('Asia/Kolkata')
    expect(formatDateTime(ISO)).toBe('3 Nov 2026, 19:35 GMT+5:30')
    setTimeZone('Not/AZone')
    expect(currentTimeZone()).toBe('Asia/Kolkata')
    setTimeZone(null)
    expect(currentTimeZone()).toBe(viewerTimeZone())
  })

  it('shows a dash for a missing or unreadable time', () => {
    expect(formatDateTime(undefined)).toBe('—')
    expect(formatDateTime('yesterday')).toBe('—')
  })
})

describe('formatCount', () => {
  it('groups digits as en-GB does, for every size and sign, without an Intl formatter', () => {
    const intl = new Intl.NumberFormat('en-GB')
    const built = vi.spyOn(Intl, 'NumberFormat')
    const counts = [0, 7, 42, 999, 1000, 12_345, 999_999, 1_000_000, 1_234_567_890, -1, -1234]
    for (const n of counts) expect(formatCount(n)).toBe(intl.format(n))
    expect(built).not.toHaveBeenCalled()
  })

  it('shows a dash for no count and formats fractions through Intl', () => {
    expect(formatCount(null)).toBe('—')
    expect(formatCount(undefined)).toBe('—')
    expect(formatCount(1234.5)).toBe('1,234.5')
  })
})
