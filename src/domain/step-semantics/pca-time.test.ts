import { describe, expect, it } from 'vitest'
import { parseCallbackTime } from './pca-time'

// 2026-11-01 14:30 in India (09:00 UTC).
const NOW = Date.parse('2026-11-01T09:00:00.000Z')
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

describe('callback time parsing (India time)', () => {
  it('schedules a later time today for "6 PM"', () => {
    expect(iso(parseCallbackTime('6 PM', NOW))).toBe('2026-11-01T12:30:00.000Z')
  })

  it('rolls a past time of day to tomorrow', () => {
    expect(iso(parseCallbackTime('11 AM', NOW))).toBe('2026-11-02T05:30:00.000Z')
  })

  it('reads "tomorrow 4 PM" and "evening 7"', () => {
    expect(iso(parseCallbackTime('tomorrow 4 PM', NOW))).toBe('2026-11-02T10:30:00.000Z')
    expect(iso(parseCallbackTime('evening 7', NOW))).toBe('2026-11-01T13:30:00.000Z')
  })

  it('reads an exact date and a relative delay', () => {
    expect(iso(parseCallbackTime('2026-11-05 16:30', NOW))).toBe('2026-11-05T11:00:00.000Z')
    expect(iso(parseCallbackTime('in 3 hours', NOW))).toBe('2026-11-01T12:00:00.000Z')
  })

  it('returns null for what it cannot read', () => {
    expect(parseCallbackTime('not sure yet', NOW)).toBeNull()
    expect(parseCallbackTime('13 PM', NOW)).toBeNull()
    expect(parseCallbackTime(undefined, NOW)).toBeNull()
  })
})
