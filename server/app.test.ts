// @vitest-environment node
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createProductionApp } from './app'
import { readServerConfig } from './config/server-config'

type Seen = { url: string; headers: IncomingMessage['headers'] }

let staticDir: string
let upstream: Server
let upstreamUrl: string
const seen: Seen[] = []
const logLines: string[] = []

/** A stand-in upstream API: `/v1/hang` never answers, `/v1/html-error` answers like a bare gateway. */
function startUpstream(): Promise<void> {
  upstream = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers })
    if (req.url === '/v1/hang') return
    if (req.url === '/v1/html-error') {
      res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>')
      return
    }
    if (req.url === '/v1/forbidden') {
      res
        .writeHead(403, { 'content-type': 'application/json' })
        .end(JSON.stringify({ statusCode: 403, message: 'Forbidden resource', error: 'Forbidden' }))
      return
    }
    res
      .writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'upstream=1' })
      .end('{"data":[]}')
  })
  return new Promise((resolve) =>
    upstream.listen(0, '127.0.0.1', () => {
      upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
      resolve()
    }),
  )
}

async function app(env: Record<string, string> = {}) {
  const config = readServerConfig({
    BASE_PATH: '/tools/workflows/',
    STATIC_DIR: staticDir,
    API_UPSTREAM: upstreamUrl,
    API_KEY: 'canary-key-123',
    UPSTREAM_TIMEOUT_MS: '300',
    TRUSTED_PROXIES: '10.0.0.5',
    FRAME_ANCESTORS: 'https://portal.example.com',
    ...env,
  })
  return createProductionApp({
    config,
    remoteAddress: (c) => c.req.header('x-test-peer') ?? '127.0.0.1',
    log: (line) => logLines.push(line),
  })
}

beforeAll(async () => {
  staticDir = await mkdtemp(join(tmpdir(), 'wc-static-'))
  await mkdir(join(staticDir, 'assets'))
  await writeFile(
    join(staticDir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app-1.js"></script></head><body></body></html>',
  )
  await writeFile(join(staticDir, 'assets', 'app-1.js'), 'console.log(1)')
  await writeFile(join(staticDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  await startUpstream()
})

afterAll(async () => {
  upstream.closeAllConnections()
  await new Promise((resolve) => upstream.close(resolve))
  await rm(staticDir, { recursive: true, force: true })
})

describe('production app: static files', () => {
  it('serves index.html for client routes, under the base path, never cached, with the CSP', async () => {
    const response = await (await app()).request('/tools/workflows/workflows/wf_1')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-security-policy')).toContain(
      'frame-ancestors https://portal.example.com',
    )
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    const html = await response.text()
    expect(html).toContain('src="/tools/workflows/assets/app-1.js"')
    expect(html).toContain('<meta name="app-base" content="/tools/workflows/" />')
  })

  it('caches hashed assets for a year and answers 404 (not index.html) for a missing one', async () => {
    const server = await app()
    const asset = await server.request('/tools/workflows/assets/app-1.js')
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const missing = await server.request('/tools/workflows/assets/gone-2.js')
    expect(missing.status).toBe(404)
    expect(await missing.text()).not.toContain('<html')
  })

  it('redirects the bare base path and the root to the app', async () => {
    const server = await app()
    expect((await server.request('/tools/workflows')).headers.get('location')).toBe(
      '/tools/workflows/',
    )
    expect((await server.request('/')).headers.get('location')).toBe('/tools/workflows/')
  })
})

describe('production app: API proxy', () => {
  it('adds the server-side key and drops the browser Authorization, cookies and identity headers', async () => {
    seen.length = 0
    const response = await (
      await app()
    ).request('/tools/workflows/v1/workflows?page=2', {
      headers: { authorization: 'Bearer browser', cookie: 'sso=1', 'x-forwarded-email': 'a@b.c' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(seen[0]?.url).toBe('/v1/workflows?page=2')
    expect(seen[0]?.headers.authorization).toBe('Bearer canary-key-123')
    expect(seen[0]?.headers.cookie).toBeUndefined()
    expect(seen[0]?.headers['x-forwarded-email']).toBeUndefined()
  })

  it('turns a timeout into a 504 envelope and a refusal into a 502 envelope', async () => {
    const timeout = await (await app()).request('/tools/workflows/v1/hang')
    expect(timeout.status).toBe(504)
    expect(await timeout.json()).toEqual({
      statusCode: 504,
      message: 'The API did not answer within 0 s.',
      error: 'Gateway Timeout',
    })
    const refused = await (
      await app({ API_UPSTREAM: 'http://127.0.0.1:9' })
    ).request('/tools/workflows/v1/workflows')
    expect(refused.status).toBe(502)
    expect(await refused.json()).toMatchObject({ statusCode: 502, error: 'Bad Gateway' })
  })

  it('refuses an oversized body with a 413 envelope before it reaches the upstream', async () => {
    seen.length = 0
    const response = await (
      await app()
    ).request('/tools/workflows/v1/workflows/wf_1/leads', {
      method: 'POST',
      body: 'x'.repeat(21 * 1024 * 1024),
      headers: { 'content-type': 'text/csv', 'x-requested-with': 'workflow-console' },
    })
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ statusCode: 413, error: 'Payload Too Large' })
    expect(seen).toEqual([])
  })

  it('wraps a non-envelope error body and passes a real envelope through', async () => {
    const server = await app()
    const html = await server.request('/tools/workflows/v1/html-error')
    expect(html.status).toBe(502)
    expect(await html.json()).toMatchObject({ statusCode: 502, error: 'Bad Gateway' })
    const forbidden = await server.request('/tools/workflows/v1/forbidden')
    expect(forbidden.status).toBe(403)
    expect(await forbidden.json()).toEqual({
      statusCode: 403,
      message: 'Forbidden resource',
      error: 'Forbidden',
    })
  })
})

describe('production app: identity, health and logs', () => {
  const forged = { 'x-forwarded-email': 'ceo@example.com', 'x-forwarded-user': 'ceo' }

  it('reports the user named by a trusted proxy and ignores the same headers from anyone else', async () => {
    const server = await app()
    const trusted = await server.request('/tools/workflows/__session', {
      headers: { ...forged, 'x-test-peer': '10.0.0.5' },
    })
    expect(await trusted.json()).toEqual({ user: { email: 'ceo@example.com', name: 'ceo' } })
    const stranger = await server.request('/tools/workflows/__session', {
      headers: { ...forged, 'x-test-peer': '10.0.0.6' },
    })
    expect(await stranger.json()).toEqual({ user: null })
  })

  it('answers the health check at the root and under the base path', async () => {
    const server = await app()
    expect(await (await server.request('/healthz')).json()).toEqual({
      status: 'ok',
      api: 'upstream',
    })
    expect((await server.request('/tools/workflows/healthz')).status).toBe(200)
  })

  it('logs one line per request without the key, cookies or query strings', async () => {
    logLines.length = 0
    await (
      await app()
    ).request('/tools/workflows/v1/workflows?q=private', {
      headers: { cookie: 'sso=secret-cookie' },
    })
    expect(logLines).toHaveLength(1)
    const line = JSON.parse(logLines[0] ?? '{}') as Record<string, unknown>
    expect(line).toMatchObject({
      method: 'GET',
      path: '/tools/workflows/v1/workflows',
      status: 200,
      upstream_status: 200,
    })
    expect(logLines[0]).not.toMatch(/canary-key-123|secret-cookie|private/)
  })
})
