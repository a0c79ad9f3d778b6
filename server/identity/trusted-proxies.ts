import { BlockList, isIP } from 'node:net'

export type AddressMatcher = (address: string | undefined) => boolean

/** `::ffff:127.0.0.1` (an IPv4 client on a dual-stack socket) is the IPv4 address 127.0.0.1. */
export function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  return mapped?.[1] ?? address
}

/**
 * Builds a matcher for `TRUSTED_PROXIES`: IPs (`10.0.0.7`, `::1`) and CIDR ranges (`10.0.0.0/8`,
 * `fd00::/8`), or `none`. A malformed entry is a startup error: silently trusting nothing (or
 * everything) would be worse.
 */
export function createTrustedProxyMatcher(entries: string[]): AddressMatcher {
  const list = new BlockList()
  for (const entry of entries) {
    if (entry === 'none') continue
    const [ip = '', prefix] = entry.split('/')
    const family = isIP(ip)
    if (family === 0)
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`)
    const type = family === 4 ? 'ipv4' : 'ipv6'
    if (prefix === undefined) {
      list.addAddress(ip, type)
      continue
    }
    const bits = Number(prefix)
    if (!/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128))
      throw new Error(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length`)
    list.addSubnet(ip, bits, type)
  }
  return (address) => {
    if (!address) return false
    const normalized = normalizeAddress(address)
    const family = isIP(normalized)
    if (family === 0) return false
    return list.check(normalized, family === 4 ? 'ipv4' : 'ipv6')
  }
}
