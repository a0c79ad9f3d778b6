// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { readSignedInUser } from './signed-in-user'
import { createTrustedProxyMatcher, normalizeAddress } from './trusted-proxies'

const headerNames = { email: 'x-forwarded-email', user: 'x-forwarded-user' }
const headers = (values: Record<string, string>) => (name: string) => values[name]

describe('createTrustedProxyMatcher', () => {
  const trusted = createTrustedProxyMatcher(['127.0.0.1', '10.1.0.0/16', 'fd00::/8'])

  it('matches single addresses, IPv4 and IPv6 ranges, and IPv4-mapped IPv6 peers', () => {
    expect(trusted('127.0.0.1')).toBe(true)
    expect(trusted('::ffff:127.0.0.1')).toBe(true)
    expect(trusted('10.1.200.3')).toBe(true)
    expect(trusted('fd12::1')).toBe(true)
  })

  it('rejects everything else', () => {
    expect(trusted('127.0.0.2')).toBe(false)
    expect(trusted('10.2.0.1')).toBe(false)
    expect(trusted('::1')).toBe(false)
    expect(trusted(undefined)).toBe(false)
    expect(trusted('not-an-ip')).toBe(false)
  })

  it('trusts nobody with "none" and refuses malformed entries at startup', () => {
    expect(createTrustedProxyMatcher(['none'])('127.0.0.1')).toBe(false)
    expect(() => createTrustedProxyMatcher(['localhost'])).toThrow(/TRUSTED_PROXIES/)
    expect(() => createTrustedProxyMatcher(['10.0.0.0/33'])).toThrow(/prefix/)
  })

  it('normalizes IPv4-mapped addresses only', () => {
    expect(normalizeAddress('::ffff:10.0.0.1')).toBe('10.0.0.1')
    expect(normalizeAddress('::1')).toBe('::1')
  })
})

describe('readSignedInUser', () => {
  const isTrustedProxy = createTrustedProxyMatcher(['10.0.0.5'])

  it('believes the identity headers from a trusted proxy', () => {
    const user = readSignedInUser({
      remoteAddress: '10.0.0.5',
      isTrustedProxy,
      header: headers({ 'x-forwarded-email': 'casey@example.com', 'x-forwarded-user': 'casey' }),
      headerNames,
    })
    expect(user).toEqual({ email: 'casey@example.com', name: 'casey' })
  })

  it('ignores forged identity headers from any other address', () => {
    const user = readSignedInUser({
      remoteAddress: '203.0.113.9',
      isTrustedProxy,
      header: headers({ 'x-forwarded-email': 'ceo@example.com', 'x-forwarded-user': 'ceo' }),
      headerNames,
    })
    expect(user).toBeNull()
  })

  it('reads the configured header names and drops unusable values', () => {
    const read = (values: Record<string, string>) =>
      readSignedInUser({
        remoteAddress: '10.0.0.5',
        isTrustedProxy,
        header: headers(values),
        headerNames: { email: 'x-auth-request-email', user: 'x-auth-request-user' },
      })
    expect(read({ 'x-auth-request-email': 'dana@example.com' })).toEqual({
      email: 'dana@example.com',
      name: null,
    })
    expect(read({ 'x-forwarded-email': 'dana@example.com' })).toBeNull()
    expect(
      read({ 'x-auth-request-email': 'a\u0007b', 'x-auth-request-user': 'x'.repeat(300) }),
    ).toBeNull()
  })
})
