/**
 * `FRAME_ANCESTORS` lists the origins allowed to embed the app (the company portal), separated by
 * spaces or commas. Empty means nobody may frame it. Only exact origins (or `'self'`) are accepted:
 * a wildcard or a path would quietly widen who can embed the console.
 */
export function parseFrameAncestors(raw: string | undefined): string[] {
  const entries = (raw ?? '').split(/[\s,]+/).filter(Boolean)
  return entries.flatMap((entry) => {
    if (entry === "'self'" || entry === 'self') return ["'self'"]
    if (entry === "'none'" || entry === 'none') return []
    let url: URL
    try {
      url = new URL(entry)
    } catch {
      throw new Error(
        `FRAME_ANCESTORS: "${entry}" is not an origin such as https://portal.example.com`,
      )
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || entry.includes('*'))
      throw new Error(`FRAME_ANCESTORS: "${entry}" must be an http(s) origin without wildcards`)
    if (url.pathname !== '/' || url.search || url.hash || url.username)
      throw new Error(`FRAME_ANCESTORS: "${entry}" must be an origin only (no path)`)
    return [url.origin]
  })
}
