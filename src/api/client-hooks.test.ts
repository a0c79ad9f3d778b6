import { delay, http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { ApiError } from './api-error'
import { apiRequest, configureApiClient } from './client'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  configureApiClient({})
})
afterAll(() => server.close())

const get = () => apiRequest('/workflows', { schema: z.unknown() })

describe('api client hooks', () => {
  it('sends the configured headers and reports that the server answered', async () => {
    let seen: string | null = null
    server.use(
      http.get('*/v1/workflows', ({ request }) => {
        seen = request.headers.get('x-mock-faults')
        return HttpResponse.json({ statusCode: 503, message: 'down' }, { status: 503 })
      }),
    )
    const onReached = vi.fn()
    const onUnreachable = vi.fn()
    configureApiClient({
      headers: () => ({ 'x-mock-faults': '{"hang":true}' }),
      onReached,
      onUnreachable,
    })
    await expect(get()).rejects.toBeInstanceOf(ApiError)
    expect(seen).toBe('{"hang":true}')
    expect(onReached).toHaveBeenCalledWith('/workflows')
    expect(onUnreachable).not.toHaveBeenCalled()
  })

  it('gives up after the configured timeout with a timeout error, not a network one', async () => {
    server.use(
      http.get('*/v1/workflows', async () => {
        await delay('infinite')
        return HttpResponse.json({})
      }),
    )
    const onUnreachable = vi.fn()
    configureApiClient({ timeoutMs: () => 200, onUnreachable })
    const error = (await get().catch((e: unknown) => e)) as ApiError
    expect(error.kind).toBe('timeout')
    expect(error.message).toContain('did not answer within 0.2 s')
    expect(onUnreachable).not.toHaveBeenCalled()
  })

  it('reports a network failure as unreachable', async () => {
    server.use(http.get('*/v1/workflows', () => HttpResponse.error()))
    const onUnreachable = vi.fn()
    configureApiClient({ onUnreachable })
    const error = (await get().catch((e: unknown) => e)) as ApiError
    expect(error.kind).toBe('network')
    expect(onUnreachable).toHaveBeenCalledWith('/workflows')
  })
})
