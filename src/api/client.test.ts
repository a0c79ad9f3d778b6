import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ApiError, isRetryable } from './api-error'
import { fetchWorkflow } from './workflows'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('api client', () => {
  it('turns an error envelope into an ApiError with status, messages and reason', async () => {
    server.use(
      http.get('*/v1/workflows/wf_x', () =>
        HttpResponse.json(
          { statusCode: 404, message: 'Workflow not found', error: 'Not Found' },
          { status: 404 },
        ),
      ),
    )
    const error = await failure(fetchWorkflow('wf_x'))
    expect(error.status).toBe(404)
    expect(error.messages).toEqual(['Workflow not found'])
    expect(error.error).toBe('Not Found')
    expect(isRetryable(error)).toBe(false)
  })

  it('keeps every message of a validation array', async () => {
    server.use(
      http.get('*/v1/workflows/wf_x', () =>
        HttpResponse.json(
          { statusCode: 400, message: ['a is bad', 'b is bad'], error: 'Bad Request' },
          { status: 400 },
        ),
      ),
    )
    expect((await failure(fetchWorkflow('wf_x'))).messages).toEqual(['a is bad', 'b is bad'])
  })

  it('names the endpoint when a response does not match the contract', async () => {
    server.use(
      http.get('*/v1/workflows/wf_x', () => HttpResponse.json({ id: 'wf_x', status: 'draft' })),
    )
    const error = await failure(fetchWorkflow('wf_x'))
    expect(error.kind).toBe('parse')
    expect(error.message).toContain('GET /v1/workflows/wf_x')
  })

  it('marks 429, 5xx and network failures as retryable', async () => {
    server.use(http.get('*/v1/workflows/wf_x', () => new HttpResponse(null, { status: 503 })))
    expect(isRetryable(await failure(fetchWorkflow('wf_x')))).toBe(true)
    server.use(http.get('*/v1/workflows/wf_x', () => HttpResponse.error()))
    const network = await failure(fetchWorkflow('wf_x'))
    expect(network.kind).toBe('network')
    expect(isRetryable(network)).toBe(true)
  })
})
