// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { buildContentSecurityPolicy, htmlSecurityHeaders } from './security-headers'

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/)
      return [name, values]
    }),
  )
}

describe('buildContentSecurityPolicy', () => {
  it('allows scripts only from the app itself: no inline script, no eval', () => {
    const csp = directives(buildContentSecurityPolicy([]))
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
  })

  it('lets only the configured portal embed the app, and nobody by default', () => {
    expect(directives(buildContentSecurityPolicy([])).get('frame-ancestors')).toEqual(["'none'"])
    const portal = directives(buildContentSecurityPolicy(['https://portal.example.com']))
    expect(portal.get('frame-ancestors')).toEqual(['https://portal.example.com'])
  })
})

describe('htmlSecurityHeaders', () => {
  it('sets nosniff, a referrer policy, and DENY framing for old browsers when nobody may embed', () => {
    const headers = htmlSecurityHeaders([])
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Referrer-Policy']).toBe('same-origin')
    expect(headers['X-Frame-Options']).toBe('DENY')
    expect(htmlSecurityHeaders(['https://portal.example.com'])['X-Frame-Options']).toBeUndefined()
  })
})
