/**
 * A base path always starts and ends with `/` (`/`, `/tools/workflows/`), so joining is plain
 * concatenation: `${base}assets/x.js`, `${base}v1/workflows`.
 */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim()
  if (!trimmed || trimmed === '/') return '/'
  if (/^[a-z]+:\/\//i.test(trimmed) || trimmed.includes('?') || trimmed.includes('#'))
    throw new Error(`BASE_PATH must be a path such as /tools/workflows/, not "${trimmed}"`)
  if (
    !/^[A-Za-z0-9._~\-/]+$/.test(trimmed) ||
    trimmed.split('/').some((s) => s === '..' || s === '.')
  )
    throw new Error(`BASE_PATH may only hold letters, digits, "-", "_", "." and "/": "${trimmed}"`)
  const segments = trimmed.split('/').filter(Boolean)
  return `/${segments.join('/')}/`
}
