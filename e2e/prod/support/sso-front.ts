import { createServer, request as forward } from 'node:http'

/**
 * A stand-in for oauth2-proxy in front of the production server: it passes every request on,
 * connecting from a separate loopback address (the trusted proxy address), after replacing any
 * identity headers the browser sent with the signed-in user's, as oauth2-proxy does.
 */
const port = Number(process.env.FRONT_PORT)
const target = new URL(process.env.FRONT_TARGET ?? '')
const sourceAddress = process.env.FRONT_SOURCE_ADDRESS ?? '127.0.0.2'
const email = process.env.FRONT_USER_EMAIL ?? ''
const user = process.env.FRONT_USER_NAME ?? ''

const server = createServer((incoming, outgoing) => {
  const headers = { ...incoming.headers }
  for (const name of Object.keys(headers)) if (/^x-forwarded-/i.test(name)) delete headers[name]
  headers['x-forwarded-email'] = email
  headers['x-forwarded-user'] = user
  headers['x-forwarded-for'] = incoming.socket.remoteAddress ?? ''
  headers['x-forwarded-proto'] = 'http'
  headers.host = target.host
  const upstream = forward(
    {
      host: target.hostname,
      port: target.port,
      localAddress: sourceAddress,
      method: incoming.method,
      path: incoming.url,
      headers,
    },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(outgoing)
    },
  )
  upstream.on('error', () => {
    if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain' })
    outgoing.end('SSO front: the console server is not reachable')
  })
  incoming.pipe(upstream)
})

server.listen(port, '127.0.0.1', () =>
  console.log(`SSO front on http://127.0.0.1:${port} → ${target.origin}`),
)
