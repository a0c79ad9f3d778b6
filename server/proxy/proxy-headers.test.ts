// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { browserResponseHeaders, upstreamRequestHeaders, upstreamUrl } from './proxy-headers'

describe('upstreamRequestHeaders', () => {
  const browser = new Headers({
    accept: 'application/json',
    'content-type': 'application/json',
    authorization: 'Bearer stolen-or-forged',
    cookie: '_oauth2_proxy=session-cookie',
    'x-forwarded-email': 'casey@example.com',
    'x-forwarded-user': 'casey',
    'x-forwarded-access-token': 'idp-token',
    'x-forwarded-for': '203.0.113.9',
    host: 'console.example.com',
    'x-mock-delay-ms': '50',
  })
  const headers = upstreamRequestHeaders(browser, 'key_id:secret', 'req-1')

  it("replaces the browser's Authorization with the server-side key", () => {
    expect(headers.get('authorization')).toBe('Bearer key_id:secret')
  })

  it('drops cookies, identity and token headers and anything not on the allow-list', () => {
    for (const name of [
      'cookie',
      'x-forwarded-email',
      'x-forwarded-user',
      'x-forwarded-access-token',
      'x-forwarded-for',
      'host',
    ])
      expect(headers.has(name)).toBe(false)
  })

  it('keeps the content negotiation headers and adds a request id', () => {
    expect(headers.get('accept')).toBe('application/json')
    expect(headers.get('content-type')).toBe('application/json')
    expect(headers.get('x-mock-delay-ms')).toBe('50')
    expect(headers.get('x-request-id')).toBe('req-1')
  })
})

describe('browserResponseHeaders', () => {
  it('passes rate-limit headers, drops Set-Cookie and encodings, and forbids caching', () => {
    const upstream = new Headers({
      'content-type': 'application/json',
      'content-encoding': 'gzip',
      'content-length': '12',
      'set-cookie': 'upstream=1',
      'retry-after': '3',
      'x-ratelimit-remaining': '9',
      server: 'internal-gateway/1.2',
    })
    const headers = browserResponseHeaders(upstream, 'req-1')
    expect(headers.get('cache-control')).toBe('no-store')
    expect(headers.get('retry-after')).toBe('3')
    expect(headers.get('x-ratelimit-remaining')).toBe('9')
    for (const name of ['set-cookie', 'content-encoding', 'content-length', 'server'])
      expect(headers.has(name)).toBe(false)
  })
})

describe('upstreamUrl', () => {
  it('maps the app-relative API path onto the upstream, keeping the query', () => {
    expect(
      upstreamUrl(
        'https://api.dialnexa.com',
        '/tools/workflows/',
        'http://console/tools/workflows/v1/workflows?page=2',
      ),
    ).toBe('https://api.dialnexa.com/v1/workflows?page=2')
    expect(
      upstreamUrl('http://127.0.0.1:4010', '/', 'http://console/v1/workflows/wf_1/activate'),
    ).toBe('http://127.0.0.1:4010/v1/workflows/wf_1/activate')
  })
})
