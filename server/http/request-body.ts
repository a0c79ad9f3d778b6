export type BodyOutcome =
  | { kind: 'none' }
  | { kind: 'body'; bytes: Uint8Array<ArrayBuffer> }
  | { kind: 'too-large' }
  | { kind: 'broken' }

/**
 * Reads a request body up to `maxBytes`, whatever framing the client used: Content-Length,
 * chunked, or neither (a DELETE from Chromium's fetch sends no length at all). A declared length
 * over the limit is refused before a byte is read; an undeclared one when the count passes it.
 */
export async function readRequestBody(request: Request, maxBytes: number): Promise<BodyOutcome> {
  if (request.method === 'GET' || request.method === 'HEAD' || !request.body)
    return { kind: 'none' }
  const length = request.headers.get('content-length')
  if (length !== null && /^\d+$/.test(length) && Number(length) > maxBytes)
    return { kind: 'too-large' }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>
    try {
      chunk = await reader.read()
    } catch {
      // The client went away (or sent a broken chunked body) before the end.
      return { kind: 'broken' }
    }
    const { done, value } = chunk
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return { kind: 'too-large' }
    }
    chunks.push(value as Uint8Array)
  }
  if (total === 0) return { kind: 'none' }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { kind: 'body', bytes }
}

/**
 * A fresh request with an already-read body (or none). Built from plain values so it does not
 * depend on the server adapter's own Request class; HEAD travels as GET because the API (and the
 * mock) only route GET, and the body is dropped on the way back.
 */
export function rebuildRequest(request: Request, body: BodyOutcome): Request {
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  headers.delete('transfer-encoding')
  return new Request(request.url, {
    method: request.method === 'HEAD' ? 'GET' : request.method,
    headers,
    body: body.kind === 'body' ? body.bytes : undefined,
    signal: request.signal,
  })
}
