import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { apiRequest } from '../../api/client'
import { z } from 'zod'
import { isSessionExpired, resetSessionState } from './events'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  resetSessionState()
})
afterAll(() => server.close())

const call = (method: 'GET' | 'POST', path: string) =>
  apiRequest(path, { method, schema: z.unknown() }).then(
    () => null,
    (error: unknown) => error as Error,
  )

describe('session answers of the API client', () => {
  it('a 401 ends the session and says to sign in again', async () => {
    server.use(
      http.get('*/v1/workflows', () =>
        HttpResponse.json(
          { statusCode: 401, message: 'Unauthorized', error: 'Unauthorized' },
          { status: 401 },
        ),
      ),
    )
    const error = await call('GET', '/workflows')
    expect(error?.message).toBe('Your session has ended — sign in again.')
    expect(isSessionExpired()).toBe(true)
  })

  it('a 403 names the refused action and keeps a specific server reason', async () => {
    server.use(
      http.post('*/v1/workflows/wf_1/activate', () =>
        HttpResponse.json(
          { statusCode: 403, message: 'Forbidden', error: 'Forbidden' },
          { status: 403 },
        ),
      ),
      http.post('*/v1/workflows/wf_1/leads', () =>
        HttpResponse.json(
          {
            statusCode: 403,
            message: 'Destination blocked by Telephony Config',
            error: 'Forbidden',
          },
          { status: 403 },
        ),
      ),
    )
    expect((await call('POST', '/workflows/wf_1/activate'))?.message).toBe(
      'You do not have permission to activate this workflow — ask your administrator.',
    )
    expect((await call('POST', '/workflows/wf_1/leads'))?.message).toContain(
      'Destination blocked by Telephony Config',
    )
    expect(isSessionExpired()).toBe(false)
  })
})
