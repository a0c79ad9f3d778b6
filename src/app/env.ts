import { z } from 'zod'

const envSchema = z.object({
  /** Where the browser sends API calls. Same origin by default; the server proxies or mocks it. */
  VITE_API_BASE_URL: z.string().optional(),
  VITE_API_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  BASE_URL: z.string().default('/'),
})

const parsed = envSchema.parse(import.meta.env)

export const env = {
  apiBaseUrl: parsed.VITE_API_BASE_URL ?? `${parsed.BASE_URL.replace(/\/$/, '')}/v1`,
  apiTimeoutMs: parsed.VITE_API_TIMEOUT_MS ?? 15_000,
  basePath: parsed.BASE_URL,
}
