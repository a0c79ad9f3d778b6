/**
 * The Content-Security-Policy for the app's HTML. Scripts come only from the app's own origin
 * (no inline script, no eval). Styles allow 'unsafe-inline' because Radix (scroll lock) and
 * sonner insert <style> elements at run time; inline style cannot run code.
 */
export function buildContentSecurityPolicy(frameAncestors: string[]): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': frameAncestors.length > 0 ? frameAncestors : ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/** Headers for every HTML response. */
export function htmlSecurityHeaders(frameAncestors: string[]): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': buildContentSecurityPolicy(frameAncestors),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  }
  // Old browsers ignore frame-ancestors; they still understand DENY when nobody may embed.
  if (frameAncestors.length === 0) headers['X-Frame-Options'] = 'DENY'
  return headers
}

/** Headers for everything else the server answers (assets, API, health). */
export const BASE_SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
}
