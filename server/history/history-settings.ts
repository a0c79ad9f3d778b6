import { z } from 'zod'
import type { DatabaseSettings } from './db/open-database'

export type HistorySettings = { database: DatabaseSettings; retentionDays: number | null }

const schema = z.object({
  DATABASE_URL: z.string().trim().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  DATA_DIR: z.string().trim().min(1).optional(),
  HISTORY_RETENTION_DAYS: z.coerce.number().int().positive().optional(),
})

/** DATABASE_URL: an external PostgreSQL; else PGlite in DATA_DIR (default `defaultDataDir`). */
export function readHistorySettings(rawEnv: Record<string, string | undefined>, defaultDataDir: string): HistorySettings {
  const cleaned = Object.fromEntries(Object.entries(rawEnv).filter(([, v]) => v !== undefined && v !== ''))
  const parsed = schema.safeParse(cleaned)
  if (!parsed.success)
    throw new Error(`Invalid server configuration:\n  ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ')}`)
  const env = parsed.data
  return {
    database: env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'embedded', dataDir: env.DATA_DIR ?? defaultDataDir },
    retentionDays: env.HISTORY_RETENTION_DAYS ?? null,
  }
}
