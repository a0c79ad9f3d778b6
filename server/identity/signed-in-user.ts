import type { AddressMatcher } from './trusted-proxies'

export type SignedInUser = { email: string | null; name: string | null }

type HeaderReader = (name: string) => string | undefined | null

const MAX_LENGTH = 256

/**
 * Node hands header bytes over as Latin-1; a proxy sends UTF-8 names (`José`). Read them again
 * as UTF-8 when they are valid UTF-8, else keep them as they came.
 */
function decodeUtf8(value: string): string {
  if (![...value].some((ch) => ch.charCodeAt(0) > 127)) return value
  if ([...value].some((ch) => ch.charCodeAt(0) > 255)) return value
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(value, 'latin1'))
  } catch {
    return value
  }
}

/** Header values are shown in the page: keep them short and free of control characters. */
function clean(value: string | undefined | null): string | null {
  if (!value) return null
  const text = decodeUtf8(value.trim())
  const hasControlCharacter = [...text].some(
    (ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127,
  )
  if (!text || text.length > MAX_LENGTH || hasControlCharacter) return null
  return text
}

/**
 * Who is signed in, as told by the SSO proxy (oauth2-proxy's `X-Forwarded-Email` /
 * `X-Forwarded-User`). Anyone can send those headers, so they count only when the TCP peer is a
 * configured proxy address; from anywhere else they are ignored.
 */
export function readSignedInUser(options: {
  remoteAddress: string | undefined
  isTrustedProxy: AddressMatcher
  header: HeaderReader
  /** How many times a header arrived (Node joins repeats with ", "); unknown when absent. */
  headerCount?: (name: string) => number
  headerNames: { email: string; user: string }
}): SignedInUser | null {
  if (!options.isTrustedProxy(options.remoteAddress)) return null
  const { email: emailHeader, user: userHeader } = options.headerNames
  // A header sent twice is ambiguous (which one did the proxy set?); so is an email with a
  // comma, which is two joined (`alice@…, mallory@…`). A display name may hold a comma.
  const repeated = [emailHeader, userHeader].some((h) => (options.headerCount?.(h) ?? 1) > 1)
  const rawEmail = options.header(emailHeader)
  const rawName = options.header(userHeader)
  const email = rawEmail?.includes(',') ? null : clean(rawEmail)
  const name = clean(rawName)
  // One ambiguous header makes the whole identity doubtful.
  if (repeated || (rawEmail && !email) || (rawName && !name)) return null
  if (!email && !name) return null
  return { email, name }
}
