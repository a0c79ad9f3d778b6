import { DatabaseStartError, type Database } from './database'
import { MIGRATIONS, type Migration } from './migrations'

// Any fixed number: every console instance sharing one database takes the same lock.
const MIGRATION_LOCK = 150_015

export type MigrationResult = { from: number; to: number; applied: number[] }

/**
 * Brings the schema up to the newest step this code knows, in one transaction under an
 * advisory lock (instances starting together do not race). A database already migrated further
 * than this code knows was written by a newer console: refuse rather than misread it.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationResult> {
  const latest = migrations.at(-1)?.version ?? 0
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version    integer PRIMARY KEY,
        name       text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`)
    const [row] = await tx.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM schema_migrations',
    )
    const current = row?.version ?? 0
    if (current > latest)
      throw new DatabaseStartError(
        `The history database is at schema version ${current}, but this console only knows versions up to ${latest}: ` +
          'it was used by a newer console. Run the newer console, or point DATA_DIR / DATABASE_URL at another database.',
      )
    const applied: number[] = []
    for (const migration of migrations) {
      if (migration.version <= current) continue
      await tx.exec(migration.up)
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ])
      applied.push(migration.version)
    }
    return { from: current, to: Math.max(current, latest), applied }
  })
}
