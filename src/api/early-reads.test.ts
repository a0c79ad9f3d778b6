import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { z } from 'zod'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { ApiError } from './api-error'
import { apiRequest, configureApiClient } from './client'
import { EARLY_READS_FRESH_MS } from './early-reads'

const server = setupServer()
const asked: string[] = []
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  configureApiClient({})
  delete window.__earlyReads
  asked.length = 0
  vi.useRealTimers()
})
afterAll(() => server.close())

const url = `${window.location.origin}/v1/workflows/wf_1/stats`
const schema = z.object({ from: z.string() })

function answeredByServer() {
  server.use(
    http.get('*/v1/workflows/wf_1/stats', ({ request }) => {
      asked.push(request.url)
      return HttpResponse.json({ from: 'server' })
    }),
  )
}

const early = (response: Promise<Response>, startedAt = performance.now()) => {
  window.__earlyReads = { startedAt, responses: { [url]: response } }
}
const read = () => apiRequest('/workflows/wf_1/stats', { schema })

describe('reads started before the app loaded', () => {
  it('stand for the first request for the same address, and only the first', async () => {
    answeredByServer()
    early(Promise.resolve(Response.json({ from: 'early' })))
    expect(await read()).toEqual({ from: 'early' })
    expect(asked).toEqual([])
    expect(await read()).toEqual({ from: 'server' })
    expect(asked).toEqual([url])
  })

  it('are checked like any answer: an early 404 is the same ApiError', async () => {
    early(Promise.resolve(Response.json({ message: 'Workflow not found' }, { status: 404 })))
    const error = await read().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(404)
    expect((error as ApiError).messages).toEqual(['Workflow not found'])
  })

  it('are not used once too old, nor when this tab sends headers of its own', async () => {
    answeredByServer()
    early(
      Promise.resolve(Response.json({ from: 'early' })),
      performance.now() - EARLY_READS_FRESH_MS - 1,
    )
    expect(await read()).toEqual({ from: 'server' })

    early(Promise.resolve(Response.json({ from: 'early' })))
    configureApiClient({ headers: () => ({ 'x-mock-faults': '{"latencyMs":500}' }) })
    expect(await read()).toEqual({ from: 'server' })
    expect(asked).toHaveLength(2)
  })

  it('still time out: an early read that never answers fails as the request would', async () => {
    early(new Promise<Response>(() => {}))
    configureApiClient({ timeoutMs: () => 50 })
    const error = await read().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).kind).toBe('timeout')
  })
})
