// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createMockRuntime } from '../../src/mocks/runtime'
import { createMockServerApp } from './mock-app'
import { sha256 } from './request-journal'

const bearer = { authorization: 'Bearer key_id:secret' }

function mockServer() {
  return createMockServerApp(createMockRuntime({ requireAuth: true }).handlers)
}

describe('mock API over HTTP', () => {
  it('answers the documented 401 without a bearer key, and serves requests with one', async () => {
    const app = mockServer()
    const anonymous = await app.request('/v1/workflows')
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({
      statusCode: 401,
      message: 'Unauthorized',
      error: 'Unauthorized',
    })
    const signed = await app.request('/v1/workflows?limit=1', { headers: bearer })
    expect(signed.status).toBe(200)
    expect(await signed.json()).toMatchObject({ meta: { page: 1, limit: 1 } })
  })

  it('journals each request with a fingerprint of its key, never the key itself', async () => {
    const app = mockServer()
    await app.request('/v1/workflows', {
      headers: { ...bearer, cookie: 'a=b', 'x-forwarded-email': 'a@b.c' },
    })
    const { requests } = (await (await app.request('/__control/requests')).json()) as {
      requests: unknown[]
    }
    expect(requests).toEqual([
      {
        method: 'GET',
        path: '/v1/workflows',
        authorizationSha256: sha256('Bearer key_id:secret'),
        hadCookie: true,
        forwardedIdentityHeaders: ['x-forwarded-email'],
      },
    ])
    expect(JSON.stringify(requests)).not.toContain('key_id:secret')
  })

  it('plays an ended session (401) or a missing permission (403) on request', async () => {
    const app = mockServer()
    const deny = (body: unknown) =>
      app.request('/__control/deny', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      })
    await deny({ status: 403, methods: ['POST'] })
    expect((await app.request('/v1/workflows', { headers: bearer })).status).toBe(200)
    const refused = await app.request('/v1/workflows', {
      method: 'POST',
      headers: bearer,
      body: '{}',
    })
    expect(refused.status).toBe(403)
    await deny({ status: 401 })
    expect((await app.request('/v1/workflows', { headers: bearer })).status).toBe(401)
    expect((await app.request('/v1/__mock/state', { headers: bearer })).status).toBe(200)
    await deny({ status: null })
    expect((await app.request('/v1/workflows', { headers: bearer })).status).toBe(200)
  })
})
