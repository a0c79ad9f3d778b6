const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

export type ErrorEnvelope = { statusCode: number; message: string | string[]; error: string }

/** The contract's error body (§1.3), for failures the server produces itself. */
export function errorEnvelope(statusCode: number, message: string | string[]): ErrorEnvelope {
  return { statusCode, message, error: REASONS[statusCode] ?? 'Error' }
}

export function errorResponse(statusCode: number, message: string | string[]): Response {
  return new Response(JSON.stringify(errorEnvelope(statusCode, message)), {
    status: statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  })
}

/** True when a body already is the contract's error envelope (so it is passed on unchanged). */
export function isErrorEnvelope(body: unknown): body is ErrorEnvelope {
  if (!body || typeof body !== 'object') return false
  const { statusCode, message } = body as Record<string, unknown>
  return (
    typeof statusCode === 'number' &&
    (typeof message === 'string' ||
      (Array.isArray(message) && message.every((m) => typeof m === 'string')))
  )
}
