import { isIP } from 'node:net'
import { normalizeAddress, type AddressMatcher } from '../identity/trusted-proxies'

/**
 * The browser's address for the request log. `X-Forwarded-For` is believed only when the TCP peer
 * is a trusted proxy, and then read from the right: each trusted proxy appends the address it saw,
 * so the rightmost address that is not a trusted proxy is the client; anything left of it was
 * written by the client itself and proves nothing. From any other peer the header is ignored.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | null | undefined,
  isTrustedProxy: AddressMatcher,
): string | undefined {
  if (!isTrustedProxy(peer) || !forwardedFor) return peer
  let nearest = peer
  const hops = forwardedFor.split(',').map((hop) => hop.trim())
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = hops[i] ?? ''
    // A malformed entry ends the walk: keep the last address a trusted proxy vouched for.
    if (isIP(hop) === 0) return nearest
    nearest = normalizeAddress(hop)
    if (!isTrustedProxy(hop)) return nearest
  }
  return nearest
}
