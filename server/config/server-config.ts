import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { normalizeBasePath } from './base-path'
import { parseFrameAncestors } from './frame-ancestors'

export type ApiTarget =
  { kind: 'mock' } | { kind: 'upstream'; url: string; apiKey: string; timeoutMs: number }

export type ServerConfig = {
  host: string
  port: number
  basePath: string
  staticDir: string
  api: ApiTarget
  /** IPs or CIDR ranges whose identity headers are believed (the SSO proxy). */
  trustedProxies: string[]
  identityHeaders: { email: string; user: string }
  frameAncestors: string[]
}

type Env = Record<string, string | undefined>

const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../dist/', import.meta.url))

const headerName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]+$/, 'must be an HTTP header name')

const envSchema = z.object({
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  BASE_PATH: z.string().optional(),
  STATIC_DIR: z.string().trim().min(1).optional(),
  MOCK_API: z.enum(['on', 'off']).optional(),
  API_UPSTREAM: z.url({ protocol: /^https?$/ }).optional(),
  API_KEY: z.string().trim().min(1).optional(),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  TRUSTED_PROXIES: z.string().default('127.0.0.1,::1'),
  IDENTITY_EMAIL_HEADER: headerName.default('x-forwarded-email'),
  IDENTITY_USER_HEADER: headerName.default('x-forwarded-user'),
  FRAME_ANCESTORS: z.string().optional(),
})

function readApiTarget(env: z.output<typeof envSchema>): ApiTarget {
  if (!env.API_UPSTREAM) {
    if (env.MOCK_API === 'off')
      throw new Error('MOCK_API=off needs API_UPSTREAM (for example https://api.dialnexa.com)')
    return { kind: 'mock' }
  }
  if (!env.API_KEY)
    throw new Error('API_UPSTREAM is set but API_KEY is not: the upstream API needs the key')
  return {
    kind: 'upstream',
    url: env.API_UPSTREAM.replace(/\/+$/, ''),
    apiKey: env.API_KEY,
    timeoutMs: env.UPSTREAM_TIMEOUT_MS,
  }
}

/** Reads the production server's settings; throws one readable message for all bad values. */
export function readServerConfig(rawEnv: Env): ServerConfig {
  // An empty variable (`API_UPSTREAM=`) means "not set", as in most deployment tools.
  const cleaned = Object.fromEntries(
    Object.entries(rawEnv).filter(([, v]) => v !== undefined && v !== ''),
  )
  const parsed = envSchema.safeParse(cleaned)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid server configuration:\n  ${lines.join('\n  ')}`)
  }
  const env = parsed.data
  return {
    host: env.HOST,
    port: env.PORT,
    basePath: normalizeBasePath(env.BASE_PATH),
    staticDir: env.STATIC_DIR ?? DEFAULT_STATIC_DIR,
    api: readApiTarget(env),
    trustedProxies: env.TRUSTED_PROXIES.split(/[\s,]+/).filter(Boolean),
    identityHeaders: { email: env.IDENTITY_EMAIL_HEADER, user: env.IDENTITY_USER_HEADER },
    frameAncestors: parseFrameAncestors(env.FRAME_ANCESTORS),
  }
}
