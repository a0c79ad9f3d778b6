import { createHash } from 'node:crypto'

export type JournalEntry = {
  method: string
  path: string
  /** sha256 of the whole Authorization header, so tests can match a key without it being echoed. */
  authorizationSha256: string | null
  hadCookie: boolean
  /** Any SSO identity or token header (`x-forwarded-email`, `x-forwarded-access-token`, …). */
  forwardedIdentityHeaders: string[]
}

const LIMIT = 2_000

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** What the mock received, for end-to-end tests of the proxy in front of it. Bounded. */
export function createRequestJournal() {
  let entries: JournalEntry[] = []
  return {
    record(request: Request) {
      const authorization = request.headers.get('authorization')
      const identity = [...request.headers.keys()].filter((name) =>
        /^x-(forwarded-(email|user|preferred-username|groups|access-token)|auth-request-)/i.test(
          name,
        ),
      )
      entries.push({
        method: request.method,
        path: new URL(request.url).pathname,
        authorizationSha256: authorization === null ? null : sha256(authorization),
        hadCookie: request.headers.has('cookie'),
        forwardedIdentityHeaders: identity,
      })
      if (entries.length > LIMIT) entries = entries.slice(-LIMIT)
    },
    list: () => [...entries],
    clear() {
      entries = []
    },
  }
}

export type RequestJournal = ReturnType<typeof createRequestJournal>
