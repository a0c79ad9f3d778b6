import { errorResponse } from '../http/error-envelope'

type MockApi = { answer(request: Request): Promise<Response | undefined> }

let mockApi: Promise<MockApi> | undefined

/** Loaded on first use, so a server with an upstream never loads MSW or starts the scheduler. */
function loadMockApi(): Promise<MockApi> {
  mockApi ??= Promise.all([import('msw'), import('../../src/mocks/runtime')]).then(
    ([msw, runtime]) => {
      const { handlers } = runtime.getMockRuntime()
      return { answer: (request) => msw.getResponse(handlers, request) }
    },
  )
  return mockApi
}

/** Answers `/v1/*` from the mock API in this process (no `API_UPSTREAM` configured). */
export async function answerFromBuiltInMock(request: Request): Promise<Response> {
  const response = await (await loadMockApi()).answer(request)
  if (!response)
    return errorResponse(404, `Cannot ${request.method} ${new URL(request.url).pathname}`)
  // `HttpResponse.error()` is the mock's "offline" fault; a gateway reports it as 502.
  if (response.type === 'error') return errorResponse(502, 'The API could not be reached.')
  const headers = new Headers(response.headers)
  headers.set('cache-control', 'no-store')
  return new Response(response.body, { status: response.status, headers })
}
