import { describe, expect, it } from 'vitest'
import { normalisePhone } from './phone'

describe('normalisePhone', () => {
  it.each([
    ['+919876543210', '+919876543210'],
    ['+1 (212) 555-0107', '+12125550107'],
    ['+44 20 7946 0958', '+442079460958'],
    ['00919876543210', '+919876543210'],
    ['9876543210', '+919876543210'],
    ['98765-43210', '+919876543210'],
    ['09876543210', '+919876543210'],
    ['919876543210', '+919876543210'],
    ['  +91 98765 43210  ', '+919876543210'],
    ['+4412345678', '+4412345678'],
    ['+861234567890123', '+861234567890123'],
  ])('accepts %s as %s', (raw, e164) => {
    expect(normalisePhone(raw, '91')).toEqual({ ok: true, e164 })
  })

  it.each([
    ['12345'],
    ['+1234567'],
    ['+1234567890123456'],
    ['+0123456789'],
    ['98765432'],
    ['98765abc10'],
    ['9.87654E+09'],
    ['+91-98765-4321x'],
    ['1234567890123'],
    ['+9198765432'],
    ['+9198765432101'],
    ['+1212555010'],
    ['0123456789'],
    ['1234567890'],
  ])('rejects %s', (raw) => {
    expect(normalisePhone(raw, '91')).toEqual({ ok: false, problem: 'invalid' })
  })

  it('reports a blank value as missing, not invalid', () => {
    expect(normalisePhone('   ', '91')).toEqual({ ok: false, problem: 'missing' })
  })

  it('reports the +91 / +1 length rule and bare numbers starting 0 or 1 as invalid (the mock rejects them too)', () => {
    expect(normalisePhone('+91 98765 4321', '91').ok).toBe(false)
    expect(normalisePhone('1987654321', '91').ok).toBe(false)
  })

  it('uses the default calling code it is given for national numbers', () => {
    expect(normalisePhone('2125550107', '1')).toEqual({ ok: true, e164: '+12125550107' })
    expect(normalisePhone('12125550107', '1')).toEqual({ ok: true, e164: '+12125550107' })
  })
})
