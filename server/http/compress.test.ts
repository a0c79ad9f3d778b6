// @vitest-environment node
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { compressResponse, MIN_COMPRESS_BYTES, pickEncoding } from './compress'

const json = (body: string, headers: Record<string, string> = {}) =>
  new Response(body, { headers: { 'content-type': 'application/json', ...headers } })
const big = JSON.stringify({ data: Array.from({ length: 400 }, (_, i) => ({ id: `wf_${i}` })) })

describe('pickEncoding', () => {
  it('prefers brotli, falls back to gzip, honours q-values and refuses q=0', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(pickEncoding('gzip, deflate')).toBe('gzip')
    expect(pickEncoding('br;q=0.5, gzip')).toBe('gzip')
    expect(pickEncoding('br;q=0, gzip;q=0')).toBeNull()
    expect(pickEncoding('*')).toBe('br')
    expect(pickEncoding('identity')).toBeNull()
    expect(pickEncoding(undefined)).toBeNull()
  })
})

describe('compressResponse', () => {
  it('brotli- or gzip-compresses a JSON body and says so', async () => {
    const br = await compressResponse(json(big, { etag: '"v1"' }), 'br', 'GET')
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('content-length')).toBeNull()
    expect(br.headers.get('vary')).toBe('Accept-Encoding')
    expect(br.headers.get('etag')).toBe('W/"v1"')
    const brBytes = Buffer.from(await br.arrayBuffer())
    expect(brBytes.length).toBeLessThan(big.length / 4)
    expect(brotliDecompressSync(brBytes).toString()).toBe(big)

    const gzip = await compressResponse(json(big), 'gzip', 'GET')
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(big)
  })

  it('leaves tiny, already-encoded, binary, no-transform and HEAD answers alone', async () => {
    const tiny = await compressResponse(json('{"data":[]}'), 'br', 'GET')
    expect(tiny.headers.get('content-encoding')).toBeNull()
    expect(tiny.headers.get('content-length')).toBe('11')
    expect(await tiny.text()).toBe('{"data":[]}')

    const encoded = json(big, { 'content-encoding': 'gzip' })
    expect(await compressResponse(encoded, 'br', 'GET')).toBe(encoded)
    const png = new Response(big, { headers: { 'content-type': 'image/png' } })
    expect(await compressResponse(png, 'br', 'GET')).toBe(png)
    const noTransform = json(big, { 'cache-control': 'no-store, no-transform' })
    expect(await compressResponse(noTransform, 'br', 'GET')).toBe(noTransform)
    const small = json(big, { 'content-length': String(MIN_COMPRESS_BYTES - 1) })
    expect(await compressResponse(small, 'br', 'GET')).toBe(small)
    const head = json(big)
    expect(await compressResponse(head, 'br', 'HEAD')).toBe(head)
  })

  it('sends the body unchanged (but Vary) when the browser accepts no encoding we make', async () => {
    const plain = await compressResponse(json(big), null, 'GET')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.headers.get('vary')).toBe('Accept-Encoding')
    expect(await plain.text()).toBe(big)
  })

  it('streams: compressed bytes come out before the source body has ended', async () => {
    let finish: () => void = () => undefined
    const ended = new Promise<void>((resolve) => (finish = resolve))
    // Random hex barely compresses, so zlib has full blocks to emit long before the end.
    const chunk = new TextEncoder().encode(
      Array.from({ length: 64 * 1024 }, () => Math.floor(Math.random() * 16).toString(16)).join(''),
    )
    let sent = 0
    const source = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent === 16) {
          await ended
          controller.close()
          return
        }
        sent += 1
        controller.enqueue(chunk)
      },
    })
    const response = await compressResponse(
      new Response(source, { headers: { 'content-type': 'application/json' } }),
      'gzip',
      'GET',
    )
    const reader = response.body!.getReader()
    const first = await reader.read()
    expect(first.done).toBe(false)
    expect(first.value!.byteLength).toBeGreaterThan(0)
    finish()
    let total = first.value!.byteLength
    for (;;) {
      const { value, done } = await reader.read()
      if (done) break
      total += value.byteLength
    }
    expect(total).toBeGreaterThan(0)
  })
})
