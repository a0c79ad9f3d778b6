import type { AddressMatcher } from './trusted-proxies'

export type SignedInUser = { email: string | null; name: string | null }

type HeaderReader = (name: string) => string | undefined | null

const MAX_LENGTH = 256

/** Header values are shown in the page: keep them short and free of control characters. */
function clean(value: string | undefined | null): string | null {
  if (!value) return null
  const text = value.trim()
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
  headerNames: { email: string; user: string }
}): SignedInUser | null {
  if (!options.isTrustedProxy(options.remoteAddress)) return null
  const email = clean(options.header(options.headerNames.email))
  const name = clean(options.header(options.headerNames.user))
  if (!email && !name) return null
  return { email, name }
}
