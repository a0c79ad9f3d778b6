// @vitest-environment node
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { migrate } from './migrate'
import { LATEST_VERSION, MIGRATIONS } from './migrations'
import { openDatabase } from './open-database'
import type { Database } from './database'
import { openTestDatabase, testBackends } from '../testing/test-database'

describe.each(testBackends())('migrations on %s', (backend) => {
  let db: Database | undefined
  // Starting PGlite takes seconds on a busy machine: once, before the timed tests.
  beforeAll(async () => void (await (await openTestDatabase(backend)).close()), 60_000)
  afterEach(async () => {
    await db?.close()
    db = undefined
  })

  it('creates every table on an empty database and records the schema version', async () => {
    db = await openTestDatabase(backend)
    const result = await migrate(db)
    expect(result).toEqual({ from: 0, to: LATEST_VERSION, applied: MIGRATIONS.map((m) => m.version) })
    const tables = await db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    )
    expect(tables.map((t) => t.table_name)).toEqual(['activity', 'draft', 'graph_version', 'schema_migrations'])
    expect(await migrate(db)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION, applied: [] })
  })

  it('upgrades an older database and keeps its rows', async () => {
    db = await openTestDatabase(backend)
    await migrate(db, MIGRATIONS.slice(0, 1))
    await db.query(
      `INSERT INTO activity (workflow_id, at, actor_kind, actor_email, actor_name, action, summary, outcome)
       VALUES ('wf_1', now(), 'person', 'asha@example.com', 'Asha', 'workflow.lifecycle', 'paused the workflow', 'accepted')`,
    )
    const result = await migrate(db)
    expect(result.from).toBe(1)
    expect(result.applied).toEqual(MIGRATIONS.slice(1).map((m) => m.version))
    const rows = await db.query<{ summary: string; version_id: unknown }>('SELECT summary, version_id FROM activity')
    expect(rows).toEqual([{ summary: 'paused the workflow', version_id: null }])
  })

  it('refuses a database made by a newer console, saying so', async () => {
    db = await openTestDatabase(backend)
    await migrate(db)
    await db.query("INSERT INTO schema_migrations (version, name) VALUES ($1, 'from the future')", [LATEST_VERSION + 1])
    await expect(migrate(db)).rejects.toThrow(
      `The history database is at schema version ${LATEST_VERSION + 1}, but this console only knows versions up to ${LATEST_VERSION}`,
    )
  })

  it('leaves nothing half-done when a step fails', async () => {
    db = await openTestDatabase(backend)
    const broken = [...MIGRATIONS, { version: LATEST_VERSION + 1, name: 'broken', up: 'CREATE TABLE x (id int); SELECT nonsense FROM nowhere;' }]
    await expect(migrate(db, broken)).rejects.toThrow()
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1', ['public'])
    expect(row?.n).toBe(0)
  })
})

describe('opening a database that cannot be opened', () => {
  it('says which DATABASE_URL could not be reached, without its password', async () => {
    await expect(openDatabase({ kind: 'postgres', url: 'postgres://u:secret@127.0.0.1:1/none' })).rejects.toThrow(
      /The history database at postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/none cannot be reached .*Check DATABASE_URL\./,
    )
  })

  it('says which DATA_DIR could not be opened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wc-bad-data-'))
    try {
      // A folder that is not a database (a corrupt or foreign one).
      mkdirSync(join(dir, 'base'))
      writeFileSync(join(dir, 'PG_VERSION'), 'not a version\n')
      writeFileSync(join(dir, 'base', 'garbage'), 'x')
      await expect(openDatabase({ kind: 'embedded', dataDir: dir })).rejects.toThrow(/The history database in .* cannot be opened/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)
})
