import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

/**
 * A stand-in for oauth2-proxy behind nginx (`--reverse-proxy --set-xauthrequest`), with an
 * identity provider that signs everyone in at once. Only what nginx talks to:
 * - `/oauth2/auth`: 202 with `X-Auth-Request-Email` / `-User` for a session cookie, else 401;
 * - `/oauth2/start`: picks the return URL the way oauth2-proxy does (`rd` query, then the
 *   `X-Auth-Request-Redirect` header, then `X-Forwarded-Proto/Host/Uri`), accepting a relative
 *   path or an absolute URL on a `--whitelist-domain`; the IdP round trip is a redirect to
 *   `/oauth2/callback` carrying it in `state`;
 * - `/oauth2/callback`: sets the session cookie, redirects to that URL; `/oauth2/sign_out`.
 * Test controls under `/__stand-in/`: sign everyone out, choose who signs in next, the journal.
 */
const port = Number(process.env.STAND_IN_PORT)
const whitelist = (process.env.STAND_IN_WHITELIST_DOMAINS ?? '').split(',').filter(Boolean)
const COOKIE = '_oauth2_proxy'

type Account = { email: string; user: string }
type JournalEntry = { path: string; headers: Record<string, string | undefined>; redirect?: string }

let account: Account = {
  email: process.env.STAND_IN_EMAIL ?? '',
  user: process.env.STAND_IN_USER ?? '',
}
const sessions = new Map<string, Account>()
const journal: JournalEntry[] = []

/** oauth2-proxy's redirect validator, reduced: same-site paths, or whitelisted hosts. */
function isValidRedirect(redirect: string): boolean {
  if (redirect.startsWith('/')) return !redirect.startsWith('//') && !redirect.startsWith('/\\')
  if (!/^https?:\/\//.test(redirect)) return false
  const host = new URL(redirect).hostname
  return whitelist.some((domain) =>
    domain.startsWith('.') ? host.endsWith(domain) || host === domain.slice(1) : host === domain,
  )
}

function chooseRedirect(req: IncomingMessage, url: URL): string {
  const header = (name: string) => {
    const value = req.headers[name]
    return Array.isArray(value) ? value[0] : value
  }
  const forwardedUri = header('x-forwarded-uri')
  const candidates = [
    url.searchParams.get('rd') ?? undefined,
    header('x-auth-request-redirect'),
    forwardedUri && !forwardedUri.startsWith('/oauth2/')
      ? `${header('x-forwarded-proto') ?? 'http'}://${header('x-forwarded-host') ?? req.headers.host}${forwardedUri}`
      : undefined,
  ]
  return candidates.find((c): c is string => Boolean(c && isValidRedirect(c))) ?? '/'
}

function sessionOf(req: IncomingMessage): Account | undefined {
  const cookie = /(?:^|;\s*)_oauth2_proxy=([^;]+)/.exec(req.headers.cookie ?? '')
  return cookie ? sessions.get(cookie[1] ?? '') : undefined
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = ''
    req.on('data', (chunk: Buffer) => (text += chunk.toString()))
    req.on('end', () => resolve(text))
  })
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://stand-in')
  const headers = Object.fromEntries(
    [
      'host',
      'x-forwarded-uri',
      'x-forwarded-proto',
      'x-forwarded-host',
      'x-auth-request-redirect',
    ].map((name) => [name, req.headers[name] as string | undefined]),
  )
  switch (url.pathname) {
    case '/oauth2/auth': {
      journal.push({ path: url.pathname, headers })
      const session = sessionOf(req)
      if (!session) return json(res, 401, { error: 'Unauthorized' })
      const answer: Record<string, string> = {}
      if (session.email) answer['x-auth-request-email'] = session.email
      if (session.user) answer['x-auth-request-user'] = session.user
      return res.writeHead(202, answer).end()
    }
    case '/oauth2/start': {
      const redirect = chooseRedirect(req, url)
      journal.push({ path: url.pathname, headers, redirect })
      const state = encodeURIComponent(`${randomUUID()}:${redirect}`)
      return res.writeHead(302, { location: `/oauth2/callback?code=stand-in&state=${state}` }).end()
    }
    case '/oauth2/callback': {
      const state = url.searchParams.get('state') ?? ''
      const redirect = state.slice(state.indexOf(':') + 1) || '/'
      const sid = randomUUID()
      sessions.set(sid, { ...account })
      return res
        .writeHead(302, {
          location: redirect,
          'set-cookie': `${COOKIE}=${sid}; Path=/; HttpOnly; SameSite=Lax`,
        })
        .end()
    }
    case '/oauth2/sign_out':
      return res
        .writeHead(302, { location: '/', 'set-cookie': `${COOKIE}=; Path=/; Max-Age=0` })
        .end()
    case '/__stand-in/sign-out-everyone':
      sessions.clear()
      return json(res, 200, { ok: true })
    case '/__stand-in/account':
      account = JSON.parse(await readBody(req)) as Account
      return json(res, 200, account)
    case '/__stand-in/journal':
      if (req.method === 'DELETE') journal.length = 0
      return json(res, 200, { journal })
    case '/__stand-in/healthz':
      return json(res, 200, { status: 'ok' })
    default:
      return json(res, 404, { error: 'Not found' })
  }
})

server.listen(port, '127.0.0.1', () =>
  console.log(`oauth2-proxy stand-in on http://127.0.0.1:${port}`),
)
