import { describe, expect, it } from 'vitest'
import { countryOf, normalizePhone } from './phone'

describe('phone normalisation', () => {
  it.each([
    ['9876543210', '+919876543210'],
    ['98765 43210', '+919876543210'],
    ['09876543210', '+919876543210'],
    ['919876543210', '+919876543210'],
    ['+91 (98765) 43210', '+919876543210'],
    ['0014155550123', '+14155550123'],
    ['+12125550107', '+12125550107'],
  ])('normalises %s to %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected)
  })

  it.each(['12345', 'abc', '1234567890', '+91987654321', '+0123456789', ''])(
    'rejects %j',
    (raw) => {
      expect(normalizePhone(raw)).toBeNull()
    },
  )

  it('finds the country of a number', () => {
    expect(countryOf('+919876543210')).toBe('IN')
    expect(countryOf('+12125550107')).toBe('US')
    expect(countryOf('+9715550000')).toBe('AE')
  })
})
