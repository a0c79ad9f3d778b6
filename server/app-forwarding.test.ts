// @vitest-environment node
import { createServer, type Server } from 'node:http'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createProductionApp } from './app'
import { readServerConfig } from './config/server-config'

// What the server does with what a front proxy (nginx, oauth2-proxy) adds: client address,
// request id, compression of API answers.
const NGINX = '10.0.0.5'
const BIG = JSON.stringify({ data: Array.from({ length: 300 }, (_, i) => ({ id: `wf_${i}` })) })

let staticDir: string
let upstream: Server
let upstreamUrl: string
const upstreamRequestIds: string[] = []
const logLines: string[] = []

beforeAll(async () => {
  staticDir = await mkdtemp(join(tmpdir(), 'wc-forwarding-'))
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><html><head></head></html>')
  upstream = createServer((req, res) => {
    upstreamRequestIds.push(String(req.headers['x-request-id']))
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(req.url === '/v1/big' ? BIG : '{"data":[]}')
  })
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
})

afterAll(async () => {
  upstream.closeAllConnections()
  await new Promise((resolve) => upstream.close(resolve))
  await rm(staticDir, { recursive: true, force: true })
})

beforeEach(() => {
  logLines.length = 0
  upstreamRequestIds.length = 0
})

async function app() {
  const config = readServerConfig({
    BASE_PATH: '/tools/workflows/',
    STATIC_DIR: staticDir,
    API_UPSTREAM: upstreamUrl,
    API_KEY: 'key',
    TRUSTED_PROXIES: NGINX,
  })
  return createProductionApp({
    config,
    remoteAddress: (c) => c.req.header('x-test-peer'),
    log: (line) => logLines.push(line),
  })
}

const lastLog = () => JSON.parse(logLines.at(-1) ?? '{}') as Record<string, unknown>

describe('request log behind a proxy', () => {
  it("records the client from a trusted proxy's X-Forwarded-For, and the proxy as the peer", async () => {
    const server = await app()
    await server.request('/healthz', {
      headers: { 'x-test-peer': NGINX, 'x-forwarded-for': '6.6.6.6, 198.51.100.7' },
    })
    expect(lastLog()).toMatchObject({ remote: '198.51.100.7', peer: NGINX })
  })

  it('ignores X-Forwarded-For from any other peer', async () => {
    const server = await app()
    await server.request('/healthz', {
      headers: { 'x-test-peer': '203.0.113.9', 'x-forwarded-for': '198.51.100.7' },
    })
    expect(lastLog()).toMatchObject({ remote: '203.0.113.9', peer: '203.0.113.9' })
  })
})

describe('request id', () => {
  it("reuses a trusted proxy's id in the log, the upstream call and the answer", async () => {
    const server = await app()
    const id = 'a3f1c2d4e5b60718293a4b5c6d7e8f90'
    const response = await server.request('/tools/workflows/v1/workflows', {
      headers: { 'x-test-peer': NGINX, 'x-request-id': id },
    })
    expect(response.headers.get('x-request-id')).toBe(id)
    expect(upstreamRequestIds).toEqual([id])
    expect(lastLog().request_id).toBe(id)
  })

  it('makes its own id when anyone else sends one', async () => {
    const server = await app()
    const response = await server.request('/tools/workflows/v1/workflows', {
      headers: { 'x-test-peer': '203.0.113.9', 'x-request-id': 'forged-request-id-1' },
    })
    const id = response.headers.get('x-request-id')
    expect(id).not.toBe('forged-request-id-1')
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(upstreamRequestIds).toEqual([id])
    expect(lastLog().request_id).toBe(id)
  })
})

describe('compression of API answers', () => {
  it('brotli-compresses a proxied JSON answer when the browser accepts it', async () => {
    const server = await app()
    const response = await server.request('/tools/workflows/v1/big', {
      headers: { 'x-test-peer': NGINX, 'accept-encoding': 'gzip, deflate, br, zstd' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('br')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(BIG)
  })

  it('sends small answers, and answers to browsers that accept no encoding, as they are', async () => {
    const server = await app()
    const small = await server.request('/tools/workflows/v1/workflows', {
      headers: { 'accept-encoding': 'br' },
    })
    expect(small.headers.get('content-encoding')).toBeNull()
    expect(await small.text()).toBe('{"data":[]}')
    const plain = await server.request('/tools/workflows/v1/big')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(await plain.text()).toBe(BIG)
  })
})
