import { APP_REQUEST_HEADER, APP_REQUEST_HEADER_VALUE } from '../../src/lib/app-request-header'

type HeaderReader = (name: string) => string | undefined

const SAFE_METHODS = new Set(['GET', 'HEAD'])

/**
 * Why a request must not change anything, or null when it may. State-changing requests are
 * accepted only from the app's own pages:
 * - `Sec-Fetch-Site` (sent by every current browser, set by the browser, not by the page) must be
 *   `same-origin`. An embedding portal does not need more: the app inside its frame is still on
 *   the console's origin, so its requests are same-origin too.
 * - Without it (an old browser), `Origin`, when sent, must be one of the console's own origins.
 * - The app's own header must be present: a form or a `no-cors` fetch cannot send it.
 */
export function crossSiteRefusal(request: {
  method: string
  header: HeaderReader
  ownOrigins: readonly string[]
}): string | null {
  if (SAFE_METHODS.has(request.method)) return null
  const site = request.header('sec-fetch-site')
  if (site !== undefined && site !== 'same-origin')
    return `it was sent from another site (Sec-Fetch-Site: ${site})`
  const origin = request.header('origin')
  if (site === undefined && origin !== undefined && !request.ownOrigins.includes(origin))
    return `it was sent from another origin (${origin.slice(0, 100)})`
  if (request.header(APP_REQUEST_HEADER)?.toLowerCase() !== APP_REQUEST_HEADER_VALUE)
    return `it does not carry the app's ${APP_REQUEST_HEADER} header`
  return null
}

/**
 * The origins this server is reached under: the Host it was asked for and, from a trusted proxy,
 * the host and scheme that proxy says the browser used.
 */
export function ownOrigins(
  requestUrl: string,
  header: HeaderReader,
  fromTrustedProxy: boolean,
): string[] {
  const origins = [new URL(requestUrl).origin]
  if (fromTrustedProxy) {
    const host = header('x-forwarded-host')?.split(',')[0]?.trim()
    const proto = header('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'https'
    if (host) origins.push(`${proto}://${host}`)
  }
  return origins
}

export function crossSiteMessage(reason: string): string {
  return `Refused: this request would change data, but ${reason}. Changes are accepted only from the Workflow Console app itself.`
}
