/** Every failed API call becomes one of these: a non-2xx, a network failure, a timeout or a bad body. */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'parse'

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number
  /** The server's `message`, always as a list (the envelope allows a string or an array). */
  readonly messages: string[]
  /** The server's short reason phrase (`error` in the envelope). */
  readonly error: string | undefined
  readonly method: string
  readonly endpoint: string
  readonly retryAfterSeconds: number | undefined

  constructor(init: {
    kind: ApiErrorKind
    status: number
    messages: string[]
    error?: string | undefined
    method: string
    endpoint: string
    retryAfterSeconds?: number | undefined
  }) {
    super(init.messages.join('; ') || `${init.method} ${init.endpoint} failed`)
    this.name = 'ApiError'
    this.kind = init.kind
    this.status = init.status
    this.messages = init.messages
    this.error = init.error
    this.method = init.method
    this.endpoint = init.endpoint
    this.retryAfterSeconds = init.retryAfterSeconds
  }

  get isConflict() {
    return this.status === 409
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/** Network errors, 429 and 5xx are worth retrying; other 4xx and parse errors never are. */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return false
  if (error.kind === 'network') return true
  if (error.kind !== 'http') return false
  return error.status === 429 || error.status >= 500
}

/** One line for a toast or an inline error. */
export function describeError(error: unknown): string {
  if (isApiError(error)) {
    if (error.kind === 'network')
      return 'Could not reach the server. Check your connection and try again.'
    if (error.kind === 'timeout') return 'The server did not answer in time. Try again.'
    if (error.kind === 'parse') return error.message
    return error.messages.join(' ') || `The server answered ${error.status}.`
  }
  return error instanceof Error ? error.message : 'Something went wrong.'
}
