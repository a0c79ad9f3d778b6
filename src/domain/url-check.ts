/**
 * True when a path cannot be percent-decoded (`/v1/workflows/%E0%A4%A`). Routers decode path
 * segments and throw on such input; answering 400 first keeps that from ever becoming a 500.
 */
export function hasMalformedPercentEncoding(path: string): boolean {
  try {
    decodeURIComponent(path)
    return false
  } catch {
    return true
  }
}

export const MALFORMED_URL_MESSAGE =
  'The address contains a malformed percent-encoding (a "%" not followed by a valid UTF-8 sequence).'
