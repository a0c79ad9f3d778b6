import { z } from 'zod'

// Without this zod probes `new Function` once to speed up parsing; the production CSP forbids
// eval and reports the probe as a violation. This module is imported first by main.tsx.
z.config({ jitless: true })

const envSchema = z.object({
  /** Where the browser sends API calls. Same origin by default; the server proxies or mocks it. */
  VITE_API_BASE_URL: z.string().optional(),
  VITE_API_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  BASE_URL: z.string().default('/'),
})

const parsed = envSchema.parse(import.meta.env)

/**
 * The production server tells the app where it lives at run time (`<meta name="app-base">`,
 * from BASE_PATH), so one build serves any sub-path. Without it (Vite dev/preview) the build-time
 * base applies and there is no production server to ask who is signed in.
 */
function runtimeBasePath(): string | undefined {
  if (typeof document === 'undefined') return undefined
  const content = document.querySelector('meta[name="app-base"]')?.getAttribute('content')
  return content && content.startsWith('/') ? content : undefined
}

const servedBasePath = runtimeBasePath()
const basePath = servedBasePath ?? parsed.BASE_URL

export const env = {
  apiBaseUrl: parsed.VITE_API_BASE_URL ?? `${basePath.replace(/\/$/, '')}/v1`,
  apiTimeoutMs: parsed.VITE_API_TIMEOUT_MS ?? 15_000,
  basePath,
  /** `GET` here answers `{ user }` when served by the production server; undefined otherwise. */
  sessionUrl: servedBasePath ? `${servedBasePath}__session` : undefined,
}
