import { Readable, pipeline } from 'node:stream'
import { constants, createBrotliCompress, createGzip } from 'node:zlib'
import type { MiddlewareHandler } from 'hono'

export type Encoding = 'br' | 'gzip'

/** Below this a compressed body saves less than the header costs. */
export const MIN_COMPRESS_BYTES = 1024

const COMPRESSIBLE =
  /^\s*(?:text\/|application\/(?:json|[\w.+-]+\+json|javascript|xml|x-ndjson)|image\/svg\+xml)/i
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i

/** The browser's preferred encoding we can make: brotli before gzip at equal weight, never q=0. */
export function pickEncoding(acceptEncoding: string | null | undefined): Encoding | null {
  if (!acceptEncoding) return null
  const weights = new Map<string, number>()
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase())
    const q = params.find((p) => p.startsWith('q='))
    const weight = q === undefined ? 1 : Number(q.slice(2))
    if (name) weights.set(name, Number.isFinite(weight) ? weight : 0)
  }
  const weight = (name: string) => weights.get(name) ?? weights.get('*') ?? 0
  const br = weight('br')
  const gzip = weight('gzip')
  if (br > 0 && br >= gzip) return 'br'
  return gzip > 0 ? 'gzip' : null
}

function isEligible(response: Response, method: string): boolean {
  const length = response.headers.get('content-length')
  return (
    method !== 'HEAD' &&
    response.body !== null &&
    response.status !== 204 &&
    response.status !== 206 &&
    response.status !== 304 &&
    !response.headers.has('content-encoding') &&
    COMPRESSIBLE.test(response.headers.get('content-type') ?? '') &&
    !NO_TRANSFORM.test(response.headers.get('cache-control') ?? '') &&
    (length === null || Number(length) >= MIN_COMPRESS_BYTES)
  )
}

/** Reads until `limit` bytes or the end: small bodies are then sent as they are. */
async function readHead(reader: ReadableStreamDefaultReader<Uint8Array>, limit: number) {
  const chunks: Uint8Array[] = []
  let size = 0
  while (size < limit) {
    const { value, done } = await reader.read()
    if (done) return { chunks, size, done: true }
    chunks.push(value)
    size += value.byteLength
  }
  return { chunks, size, done: false }
}

function encoder(encoding: Encoding) {
  // Quality 4 is brotli's usual setting for responses made on the fly (11 is for build output).
  return encoding === 'br'
    ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
    : createGzip()
}

/**
 * Compresses a response body as a stream (nothing is buffered beyond the first KiB), unless it is
 * already encoded, not text, marked `no-transform`, or smaller than {@link MIN_COMPRESS_BYTES}.
 */
export async function compressResponse(
  response: Response,
  encoding: Encoding | null,
  method: string,
): Promise<Response> {
  if (!isEligible(response, method)) return response
  const headers = new Headers(response.headers)
  const vary = headers.get('vary')
  if (!vary) headers.set('vary', 'Accept-Encoding')
  else if (vary !== '*' && !/accept-encoding/i.test(vary))
    headers.set('vary', `${vary}, Accept-Encoding`)
  const init = { status: response.status, statusText: response.statusText, headers }
  if (!encoding || !response.body) return new Response(response.body, init)

  const reader = response.body.getReader()
  const head = await readHead(reader, MIN_COMPRESS_BYTES)
  if (head.done) {
    headers.set('content-length', String(head.size))
    return new Response(new Blob(head.chunks as BlobPart[]), init)
  }
  async function* body() {
    try {
      yield* head.chunks
      for (;;) {
        const { value, done } = await reader.read()
        if (done) return
        yield value
      }
    } finally {
      reader.cancel().catch(() => undefined)
    }
  }
  const compressed = pipeline(Readable.from(body()), encoder(encoding), () => undefined)
  headers.delete('content-length')
  headers.set('content-encoding', encoding)
  const etag = headers.get('etag')
  if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`)
  return new Response(Readable.toWeb(compressed) as ReadableStream<Uint8Array>, init)
}

/** Compresses the answers of the routes it is mounted on when the browser accepts br or gzip. */
export function compressAnswers(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const compressed = await compressResponse(
      c.res,
      pickEncoding(c.req.header('accept-encoding')),
      c.req.method,
    )
    if (compressed === c.res) return
    // Hono copies the old response's headers onto a new one: assign, then correct them.
    const headers = new Headers(compressed.headers)
    c.res = compressed
    for (const name of ['content-length', 'content-encoding', 'etag', 'vary']) {
      const value = headers.get(name)
      if (value === null) c.res.headers.delete(name)
      else c.res.headers.set(name, value)
    }
  }
}
