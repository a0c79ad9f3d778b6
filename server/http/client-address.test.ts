// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createTrustedProxyMatcher } from '../identity/trusted-proxies'
import { clientAddress } from './client-address'

const trusted = createTrustedProxyMatcher(['127.0.0.1', '10.0.0.0/24'])

describe('clientAddress', () => {
  it('is the TCP peer when the peer is not a trusted proxy, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', trusted)).toBe('203.0.113.9')
    expect(clientAddress(undefined, '198.51.100.1', trusted)).toBeUndefined()
  })

  it('is the peer when a trusted proxy sent no X-Forwarded-For', () => {
    expect(clientAddress('127.0.0.1', undefined, trusted)).toBe('127.0.0.1')
    expect(clientAddress('127.0.0.1', '', trusted)).toBe('127.0.0.1')
  })

  it('takes the rightmost address that is not a trusted proxy, so forged entries on the left do not count', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.7', trusted)).toBe('198.51.100.7')
    expect(clientAddress('127.0.0.1', '6.6.6.6, 198.51.100.7', trusted)).toBe('198.51.100.7')
    expect(clientAddress('127.0.0.1', '6.6.6.6, 198.51.100.7, 10.0.0.4', trusted)).toBe(
      '198.51.100.7',
    )
    expect(clientAddress('::ffff:127.0.0.1', '::ffff:198.51.100.7', trusted)).toBe('198.51.100.7')
  })

  it('keeps the last vouched-for address when an entry is not an IP', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.7, nonsense', trusted)).toBe('127.0.0.1')
    expect(clientAddress('127.0.0.1', 'nonsense, 10.0.0.4', trusted)).toBe('10.0.0.4')
  })

  it('is the leftmost hop when every hop is a trusted proxy', () => {
    expect(clientAddress('127.0.0.1', '10.0.0.3, 10.0.0.4', trusted)).toBe('10.0.0.3')
  })
})
