// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { normalizeBasePath } from './base-path'
import { parseFrameAncestors } from './frame-ancestors'
import { findSecretLookingClientVars } from './secret-env-guard'
import { readServerConfig } from './server-config'

describe('readServerConfig', () => {
  it('serves the built-in mock when no upstream is configured', () => {
    const config = readServerConfig({})
    expect(config.api).toEqual({ kind: 'mock' })
    expect(config.basePath).toBe('/')
    expect(config.trustedProxies).toEqual(['127.0.0.1', '::1'])
    expect(config.identityHeaders).toEqual({ email: 'x-forwarded-email', user: 'x-forwarded-user' })
    expect(config.frameAncestors).toEqual([])
  })

  it('proxies to the upstream with the server-side key', () => {
    const config = readServerConfig({
      API_UPSTREAM: 'https://api.dialnexa.com/',
      API_KEY: 'key_id:secret',
      BASE_PATH: 'tools/workflows',
    })
    expect(config.api).toEqual({
      kind: 'upstream',
      url: 'https://api.dialnexa.com',
      apiKey: 'key_id:secret',
      timeoutMs: 30_000,
    })
    expect(config.basePath).toBe('/tools/workflows/')
  })

  it('refuses an upstream without a key, and MOCK_API=off without an upstream', () => {
    expect(() => readServerConfig({ API_UPSTREAM: 'https://api.dialnexa.com' })).toThrow(/API_KEY/)
    expect(() => readServerConfig({ MOCK_API: 'off' })).toThrow(/API_UPSTREAM/)
  })

  it('names every invalid variable, without echoing the key', () => {
    const attempt = () =>
      readServerConfig({ PORT: 'eighty', API_UPSTREAM: 'ftp://x', API_KEY: 'sekrit' })
    expect(attempt).toThrow(/PORT/)
    expect(attempt).toThrow(/API_UPSTREAM/)
    expect(attempt).not.toThrow(/sekrit/)
  })

  it('treats empty variables as unset', () => {
    expect(readServerConfig({ API_UPSTREAM: '', API_KEY: '' }).api.kind).toBe('mock')
  })
})

describe('normalizeBasePath', () => {
  it.each([
    [undefined, '/'],
    ['/', '/'],
    ['/tools/workflows', '/tools/workflows/'],
    ['tools//workflows/', '/tools/workflows/'],
  ])('%s → %s', (raw, expected) => expect(normalizeBasePath(raw)).toBe(expected))

  it.each(['https://x.example/app', '/a/../b', '/a?b', '/a b', '/"><script>'])(
    'refuses %s',
    (raw) => {
      expect(() => normalizeBasePath(raw)).toThrow()
    },
  )
})

describe('parseFrameAncestors', () => {
  it('accepts exact origins, separated by spaces or commas', () => {
    expect(parseFrameAncestors('https://portal.example.com, http://127.0.0.1:4400 self')).toEqual([
      'https://portal.example.com',
      'http://127.0.0.1:4400',
      "'self'",
    ])
    expect(parseFrameAncestors(undefined)).toEqual([])
    expect(parseFrameAncestors('none')).toEqual([])
  })

  it.each([
    'https://*.example.com',
    'https://portal.example.com/page',
    'portal.example.com',
    'javascript:x',
  ])('refuses %s', (raw) => expect(() => parseFrameAncestors(raw)).toThrow(/FRAME_ANCESTORS/))
})

describe('findSecretLookingClientVars', () => {
  it('flags VITE_ variables that look like secrets (they would be compiled into the bundle)', () => {
    expect(
      findSecretLookingClientVars({
        VITE_API_KEY: 'x',
        VITE_AUTH_TOKEN: 'x',
        VITE_API_BASE_URL: '/v1',
        API_KEY: 'server-only',
      }),
    ).toEqual(['VITE_API_KEY', 'VITE_AUTH_TOKEN'])
  })
})
