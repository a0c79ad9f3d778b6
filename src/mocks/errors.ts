/**
 * A refusal raised by the mock's pure logic. It carries an HTTP status because the contract
 * defines refusals by status (400/404/409), but nothing here depends on HTTP machinery.
 */
export class MockApiError extends Error {
  readonly status: number
  readonly messages: string | string[]
  readonly extra: Record<string, unknown>

  constructor(status: number, message: string | string[], extra: Record<string, unknown> = {}) {
    super(Array.isArray(message) ? message.join('; ') : message)
    this.status = status
    this.messages = message
    this.extra = extra
  }
}

export const badRequest = (message: string | string[], extra?: Record<string, unknown>) =>
  new MockApiError(400, message, extra)
export const notFound = (message: string) => new MockApiError(404, message)
export const conflict = (message: string) => new MockApiError(409, message)

export const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}
