// @vitest-environment node
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ServerType } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createProductionApp } from './app'
import { readServerConfig } from './config/server-config'
import { listen, socketAddress } from './http/listen'
import { chunked, rawRequest } from './test/raw-http'

/**
 * The production server as deployed (`listen`, Node's own Request/Response, real sockets),
 * driven with raw HTTP so each test chooses the framing a browser or a client really sends.
 */

type Seen = { method: string; url: string; body: string; headers: IncomingMessage['headers'] }
const seen: Seen[] = []
const logLines: string[] = []
let staticDir: string
let upstream: Server
let upstreamPort: number
const servers: ServerType[] = []

const APP = 'X-Requested-With: workflow-console'
const SAME_ORIGIN = `Sec-Fetch-Site: same-origin\n${APP}`

async function start(env: Record<string, string>) {
  const config = readServerConfig({ STATIC_DIR: staticDir, TRUSTED_PROXIES: '127.0.0.1', ...env })
  const app = await createProductionApp({
    config,
    remoteAddress: socketAddress,
    log: (line) => logLines.push(line),
  })
  const { server, port } = await listen(app, { hostname: '127.0.0.1', port: 0 })
  servers.push(server)
  return port
}

let proxyPort: number
let mockPort: number

beforeAll(async () => {
  staticDir = await mkdtemp(join(tmpdir(), 'wc-prod-path-'))
  await writeFile(
    join(staticDir, 'index.html'),
    '<!doctype html><html><head></head><body></body></html>',
  )
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        body: Buffer.concat(chunks).toString(),
        headers: req.headers,
      })
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
    })
  })
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
  upstreamPort = (upstream.address() as AddressInfo).port
  proxyPort = await start({ API_UPSTREAM: `http://127.0.0.1:${upstreamPort}`, API_KEY: 'k-123' })
  mockPort = await start({})
})

afterAll(async () => {
  for (const server of servers) server.close()
  upstream.closeAllConnections()
  upstream.close()
  await rm(staticDir, { recursive: true, force: true })
})

const json = (body: string) => JSON.parse(body) as Record<string, unknown>

describe('every method and framing reaches the upstream intact', () => {
  const cases = [
    { framing: 'no length, no body', head: '', body: '' },
    { framing: 'Content-Length: 0', head: 'Content-Length: 0', body: '' },
    { framing: 'Content-Length', head: 'Content-Length: 13', body: '{"title":"x"}' },
    { framing: 'chunked', head: 'Transfer-Encoding: chunked', body: chunked('{"title":"x"}') },
  ]
  for (const method of ['DELETE', 'POST', 'PUT', 'PATCH', 'OPTIONS'])
    for (const { framing, head, body } of cases)
      it(`${method} with ${framing}`, async () => {
        seen.length = 0
        const answer = await rawRequest(
          proxyPort,
          `${method} /v1/workflows/wf_1 HTTP/1.1\nHost: 127.0.0.1\nConnection: close\n${SAME_ORIGIN}` +
            (head ? `\n${head}` : ''),
          body,
        )
        expect(answer.status).toBe(200)
        expect(seen).toHaveLength(1)
        expect(seen[0]).toMatchObject({ method, url: '/v1/workflows/wf_1' })
        expect(seen[0]?.body).toBe(body.includes('title') ? '{"title":"x"}' : '')
      })

  it('HEAD is answered like GET, without a body', async () => {
    seen.length = 0
    const answer = await rawRequest(
      proxyPort,
      'HEAD /v1/workflows HTTP/1.1\nHost: x\nConnection: close',
    )
    expect(answer.status).toBe(200)
    expect(answer.body).toBe('')
    expect(seen[0]?.method).toBe('GET')
    const mock = await rawRequest(
      mockPort,
      'HEAD /v1/workflows HTTP/1.1\nHost: x\nConnection: close',
    )
    expect(mock.status).toBe(200)
  })

  it('still refuses bodies over 20 MB, declared or chunked, with a 413 envelope', async () => {
    seen.length = 0
    const big = 'x'.repeat(21 * 1024 * 1024)
    const declared = await rawRequest(
      proxyPort,
      `POST /v1/workflows HTTP/1.1\nHost: x\nConnection: close\n${SAME_ORIGIN}\nContent-Length: ${big.length}`,
    )
    expect(declared.status).toBe(413)
    const streamed = await rawRequest(
      proxyPort,
      `POST /v1/workflows HTTP/1.1\nHost: x\nConnection: close\n${SAME_ORIGIN}\nTransfer-Encoding: chunked`,
      chunked(big),
    )
    expect(streamed.status).toBe(413)
    expect(json(streamed.body)).toMatchObject({ statusCode: 413, error: 'Payload Too Large' })
    expect(seen).toEqual([])
  })
})

describe('the built-in mock answers deletes however they are framed', () => {
  it('creates with a chunked body, then deletes with no Content-Length (as Chromium does)', async () => {
    const created = await rawRequest(
      mockPort,
      `POST /v1/workflows HTTP/1.1\nHost: x\nConnection: close\n${SAME_ORIGIN}\nContent-Type: application/json\nTransfer-Encoding: chunked`,
      chunked('{"title":"Raw delete check"}'),
    )
    expect(created.status).toBe(201)
    const id = String(
      (json(created.body).data as { id: string } | undefined)?.id ?? json(created.body).id,
    )
    const deleted = await rawRequest(
      mockPort,
      `DELETE /v1/workflows/${id} HTTP/1.1\nHost: x\nConnection: close\n${SAME_ORIGIN}`,
    )
    expect(deleted.status).toBeLessThan(300)
    const gone = await rawRequest(
      mockPort,
      `GET /v1/workflows/${id} HTTP/1.1\nHost: x\nConnection: close`,
    )
    expect(gone.status).toBe(404)
  })
})

describe('cross-site writes are refused before anything is proxied', () => {
  const post = (headers: string) =>
    rawRequest(
      proxyPort,
      `POST /v1/workflows HTTP/1.1\nHost: 127.0.0.1:${proxyPort}\nConnection: close\nContent-Type: text/plain\nContent-Length: 13${headers ? `\n${headers}` : ''}`,
      '{"title":"x"}',
    )

  it.each([
    [
      'a no-cors fetch from another site',
      `Sec-Fetch-Site: cross-site\nOrigin: https://evil.example`,
      /another site/,
    ],
    ['a same-site page (another subdomain)', `Sec-Fetch-Site: same-site\n${APP}`, /another site/],
    [
      'an old browser posting from a foreign Origin',
      `Origin: https://evil.example\n${APP}`,
      /another origin/,
    ],
    [
      'a same-origin request without the app header',
      'Sec-Fetch-Site: same-origin',
      /x-requested-with/,
    ],
  ])('refuses %s with a 403 envelope and a log line', async (_, headers, reason) => {
    seen.length = 0
    logLines.length = 0
    const answer = await post(headers)
    expect(answer.status).toBe(403)
    expect(json(answer.body)).toMatchObject({
      statusCode: 403,
      message: expect.stringMatching(reason) as unknown,
    })
    expect(answer.headers['x-request-id']).toBeTruthy()
    expect(seen).toEqual([])
    expect(logLines.some((l) => l.includes('"refused"') && l.includes('"status":403'))).toBe(true)
  })

  it('refuses a cross-site multipart lead upload', async () => {
    seen.length = 0
    const body =
      '--b\r\nContent-Disposition: form-data; name="file"; filename="l.csv"\r\n\r\nphone_number\n9876543210\r\n--b--\r\n'
    const answer = await rawRequest(
      proxyPort,
      `POST /v1/workflows/wf_1/leads HTTP/1.1\nHost: x\nConnection: close\nSec-Fetch-Site: cross-site\nContent-Type: multipart/form-data; boundary=b\nContent-Length: ${body.length}`,
      body,
    )
    expect(answer.status).toBe(403)
    expect(seen).toEqual([])
  })

  it('passes the app’s own writes, and an old browser whose Origin is the console', async () => {
    seen.length = 0
    expect((await post(SAME_ORIGIN)).status).toBe(200)
    expect((await post(`Origin: http://127.0.0.1:${proxyPort}\n${APP}`)).status).toBe(200)
    expect(seen).toHaveLength(2)
  })

  it('refuses cross-site writes to paths outside /v1 too', async () => {
    for (const path of ['/__session', '/', '/readyz']) {
      const answer = await rawRequest(
        proxyPort,
        `POST ${path} HTTP/1.1\nHost: x\nConnection: close\nSec-Fetch-Site: cross-site\nContent-Length: 0`,
      )
      expect(answer.status, path).toBe(403)
    }
  })

  it('a body cut off mid-way is a 400, not a server error', async () => {
    seen.length = 0
    const answer = await rawRequest(
      proxyPort,
      `POST /v1/workflows HTTP/1.1\nHost: x\nConnection: close\n${SAME_ORIGIN}\nTransfer-Encoding: chunked`,
      '5\r\nabcde\r\nZZ-not-a-chunk-size\r\n',
    )
    expect(answer.status).toBeLessThan(500)
    expect(seen).toEqual([])
  })

  it('lets reads through from anywhere (the browser keeps the answer from another site)', async () => {
    const answer = await rawRequest(
      proxyPort,
      'GET /v1/workflows HTTP/1.1\nHost: x\nConnection: close\nSec-Fetch-Site: cross-site',
    )
    expect(answer.status).toBe(200)
  })
})

describe('malformed input is an error envelope, never a 500', () => {
  it.each([
    ['the built-in mock', () => mockPort],
    ['the proxy', () => proxyPort],
  ])('a malformed percent-encoding through %s is a 400', async (_, port) => {
    const answer = await rawRequest(
      port(),
      'GET /v1/workflows/%E0%A4%A HTTP/1.1\nHost: x\nConnection: close',
    )
    expect(answer.status).toBe(400)
    expect(json(answer.body)).toMatchObject({
      statusCode: 400,
      message: expect.stringMatching(/percent-encoding/) as unknown,
    })
  })

  it('an unparseable request line gets the envelope, not Node’s bare 400', async () => {
    const answer = await rawRequest(mockPort, 'GET /v1/ HTTP/1.1 extra words\nHost: x')
    expect(answer.status).toBe(400)
    expect(json(answer.body)).toMatchObject({ statusCode: 400, error: 'Bad Request' })
  })

  it('the mock clock refuses an absurd jump and keeps working', async () => {
    const jump = (body: string) =>
      rawRequest(
        mockPort,
        `POST /v1/__mock/clock HTTP/1.1\nHost: x\nConnection: close\n${SAME_ORIGIN}\nContent-Type: application/json\nContent-Length: ${body.length}`,
        body,
      )
    const absurd = await jump('{"advance_ms":1e300}')
    expect(absurd.status).toBe(400)
    expect(json(absurd.body).message).toEqual([
      expect.stringMatching(/advance_ms must be a number from 0 to/),
    ])
    expect((await jump('{"speed":-1}')).status).toBe(400)
    const clock = await rawRequest(
      mockPort,
      'GET /v1/__mock/clock HTTP/1.1\nHost: x\nConnection: close',
    )
    expect(clock.status).toBe(200)
    const create = await rawRequest(
      mockPort,
      `POST /v1/workflows HTTP/1.1\nHost: x\nConnection: close\n${SAME_ORIGIN}\nContent-Type: application/json\nContent-Length: 17`,
      '{"title":"after"}',
    )
    expect(create.status).toBe(201)
  })
})

describe('identity, request ids and readiness', () => {
  it('treats two identity headers as no identity, and decodes UTF-8 names', async () => {
    const twice = await rawRequest(
      mockPort,
      'GET /__session HTTP/1.1\nHost: x\nConnection: close\nX-Forwarded-Email: alice@example.com\nX-Forwarded-Email: mallory@example.com',
    )
    expect(json(twice.body)).toEqual({ user: null })
    const userTwice = await rawRequest(
      mockPort,
      'GET /__session HTTP/1.1\nHost: x\nConnection: close\nX-Forwarded-Email: alice@example.com\nX-Forwarded-User: alice\nX-Forwarded-User: mallory',
    )
    expect(json(userTwice.body)).toEqual({ user: null })
    const commaName = await rawRequest(
      mockPort,
      'GET /__session HTTP/1.1\nHost: x\nConnection: close\nX-Forwarded-Email: jane@example.com\nX-Forwarded-User: Doe, Jane',
    )
    expect(json(commaName.body)).toEqual({ user: { email: 'jane@example.com', name: 'Doe, Jane' } })
    const utf8 = Buffer.from(
      'GET /__session HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Forwarded-User: José Núñez\r\nX-Forwarded-Email: jose@example.com',
      'utf8',
    )
    const named = await rawRequest(mockPort, utf8.toString('latin1'))
    expect(json(named.body)).toEqual({ user: { email: 'jose@example.com', name: 'José Núñez' } })
  })

  it('every error answer carries x-request-id (404, 403, 502)', async () => {
    const notFound = await rawRequest(
      mockPort,
      'GET /v1/nothing-here HTTP/1.1\nHost: x\nConnection: close',
    )
    expect(notFound.headers['x-request-id']).toBeTruthy()
    const refusing = await start({ API_UPSTREAM: 'http://127.0.0.1:1', API_KEY: 'k' })
    const badGateway = await rawRequest(
      refusing,
      'GET /v1/workflows HTTP/1.1\nHost: x\nConnection: close',
    )
    expect(badGateway.status).toBe(502)
    expect(badGateway.headers['x-request-id']).toBeTruthy()
    const ready = await rawRequest(refusing, 'GET /readyz HTTP/1.1\nHost: x\nConnection: close')
    expect(ready.status).toBe(503)
    expect(json(ready.body)).toMatchObject({
      status: 'not-ready',
      reason: 'The API could not be reached.',
    })
    const live = await rawRequest(refusing, 'GET /healthz HTTP/1.1\nHost: x\nConnection: close')
    expect(live.status).toBe(200)
  })

  it('is ready when the upstream answers', async () => {
    const ready = await rawRequest(proxyPort, 'GET /readyz HTTP/1.1\nHost: x\nConnection: close')
    expect(ready.status).toBe(200)
    expect(json(ready.body)).toMatchObject({ status: 'ready', api: 'upstream' })
  })
})

describe('a large lead file does not hold the server up', () => {
  async function uploadWhileTiming(csv: string) {
    const created = await fetch(`http://127.0.0.1:${mockPort}/v1/workflows`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'workflow-console' },
      body: '{"title":"Big file"}',
    })
    const workflow = (await created.json()) as { id?: string; data?: { id: string } }
    const id = workflow.data?.id ?? workflow.id
    const form = new FormData()
    form.set('file', new File([csv], 'big.csv', { type: 'text/csv' }))
    const delays: number[] = []
    let uploading = true
    const probe = (async () => {
      while (uploading) {
        const started = performance.now()
        await fetch(`http://127.0.0.1:${mockPort}/healthz`).then((r) => r.arrayBuffer())
        delays.push(performance.now() - started)
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
    })()
    const started = performance.now()
    const answer = await fetch(`http://127.0.0.1:${mockPort}/v1/workflows/${id}/leads`, {
      method: 'POST',
      headers: { 'x-requested-with': 'workflow-console' },
      body: form,
    })
    const text = await answer.text()
    const uploadMs = performance.now() - started
    uploading = false
    await probe
    const slowest = Math.max(...delays)
    console.log(
      `lead file ${(csv.length / 1e6).toFixed(1)} MB: answered ${answer.status} in ${Math.round(uploadMs)} ms, ` +
        `${text.length} bytes back; /healthz slowest of ${delays.length} probes ${Math.round(slowest)} ms`,
    )
    return {
      status: answer.status,
      body: JSON.parse(text) as Record<string, unknown>,
      slowest,
      size: text.length,
    }
  }

  it('enrols 100,000 leads (10 MB) with a summary answer while other requests keep answering', async () => {
    const rows = Array.from(
      { length: 100_000 },
      (_, i) =>
        `+9198${String(i).padStart(8, '0')},Lead number ${i} with a longer name,Pune,note ${'x'.repeat(40)}`,
    )
    const csv = `phone_number,name,city,note\n${rows.join('\n')}\n`
    const { status, body, slowest, size } = await uploadWhileTiming(csv)
    expect(status).toBe(201)
    expect(body.leads_enrolled).toBe(100_000)
    expect(size).toBeLessThan(50_000)
    // ~100 ms is the aim (see the printed figure); a loose bound keeps a busy CI machine green.
    expect(slowest).toBeLessThan(400)
  }, 120_000)

  it('refuses 660,000 short rows (10 MB) early, saying why, without stalling', async () => {
    const csv = 'phone_number\n' + '9876543210\n'.repeat(660_000)
    const { status, body, slowest } = await uploadWhileTiming(csv)
    expect(status).toBe(400)
    expect(body.message).toEqual([expect.stringMatching(/more than 100,000 rows/)])
    expect(slowest).toBeLessThan(400)
  }, 120_000)
})
