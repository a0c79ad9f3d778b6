// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { call, startMockServer } from '../test-utils'

startMockServer({ requireAuth: true })

describe('requireAuth', () => {
  it('answers 401 with the documented body when the bearer token is missing', async () => {
    const { status, body } = await call('GET', '/workflows')
    expect(status).toBe(401)
    expect(body).toEqual({ statusCode: 401, message: 'Unauthorized', error: 'Unauthorized' })
  })

  it('answers 401 for a non-Bearer scheme', async () => {
    const { status } = await call('GET', '/workflows', undefined, { authorization: 'Basic abc' })
    expect(status).toBe(401)
  })

  it('serves requests that carry a bearer token', async () => {
    const { status } = await call('GET', '/workflows', undefined, {
      authorization: 'Bearer key_1:secret',
    })
    expect(status).toBe(200)
  })
})
