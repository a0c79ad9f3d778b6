import { describe, expect, it } from 'vitest'
import { createOffsetCache, formatLocalDateTime, offsetMinutes } from './local-time'
import { timeZoneOfPhone } from './phone-time-zone'

describe('a lead’s time zone from its phone number', () => {
  it('puts +91 in India, exactly', () => {
    expect(timeZoneOfPhone('+919876543210')).toEqual({
      zone: 'Asia/Kolkata',
      approximate: false,
      country: 'IN',
      basis: 'country',
    })
  })

  it('tells two +1 area codes apart: 212 New York, 415 San Francisco', () => {
    expect(timeZoneOfPhone('+12125550143')).toMatchObject({
      zone: 'America/New_York',
      approximate: false,
      basis: 'area code',
    })
    expect(timeZoneOfPhone('+14155550143')).toMatchObject({
      zone: 'America/Los_Angeles',
      approximate: false,
      country: 'US',
    })
  })

  it('marks an area code that spans two zones, and a +1 code it does not know, as approximate', () => {
    expect(timeZoneOfPhone('+18505550143')).toMatchObject({ approximate: true })
    expect(timeZoneOfPhone('+16045550143')).toMatchObject({
      zone: 'America/Vancouver',
      country: 'CA',
    })
  })

  it('puts +44 in London, also for a number libphonenumber calls invalid', () => {
    expect(timeZoneOfPhone('+442079460000')).toMatchObject({ zone: 'Europe/London', country: 'GB' })
    expect(timeZoneOfPhone('+447700900123')).toMatchObject({
      zone: 'Europe/London',
      basis: 'calling code',
    })
  })

  it('marks a multi-zone country approximate and an unreadable number unknown', () => {
    expect(timeZoneOfPhone('+61212345678')).toMatchObject({
      zone: 'Australia/Sydney',
      approximate: true,
    })
    expect(timeZoneOfPhone('not a number')).toMatchObject({ zone: 'UTC', basis: 'unknown' })
  })
})

describe('local time', () => {
  it('knows offsets, daylight saving included', () => {
    expect(offsetMinutes('Asia/Kolkata', Date.parse('2026-12-04T04:30:00Z'))).toBe(330)
    expect(offsetMinutes('America/New_York', Date.parse('2026-07-01T12:00:00Z'))).toBe(-240)
    expect(offsetMinutes('America/New_York', Date.parse('2026-12-01T12:00:00Z'))).toBe(-300)
  })

  it('writes a time the way the test run says it', () => {
    expect(formatLocalDateTime(Date.parse('2026-12-04T04:30:00Z'), 'Asia/Kolkata')).toBe(
      'Friday 4 Dec, 10:00',
    )
  })
})

describe('remembered offsets', () => {
  it('follow a daylight-saving change within the day', () => {
    const offsetOf = createOffsetCache()
    // New York leaves summer time at 06:00 UTC on 1 Nov 2026.
    expect(offsetOf('America/New_York', Date.parse('2026-11-01T05:30:00Z'))).toBe(-240)
    expect(offsetOf('America/New_York', Date.parse('2026-11-01T06:30:00Z'))).toBe(-300)
    expect(offsetOf('Asia/Kolkata', Date.parse('2026-11-01T06:30:00Z'))).toBe(330)
  })
})
