import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { DatabaseStartError, type Database, type Queryable } from './database'

export type DatabaseSettings =
  { kind: 'embedded'; dataDir: string } | { kind: 'postgres'; url: string } | { kind: 'memory' }

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** PGlite keeps Postgres's files in a folder (or in memory for tests). */
async function openEmbedded(dataDir: string | undefined): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite')
  let db: InstanceType<typeof PGlite>
  try {
    if (dataDir) mkdirSync(dataDir, { recursive: true })
    db = new PGlite(dataDir)
    await db.waitReady
    await db.query('select 1')
  } catch (error) {
    throw new DatabaseStartError(
      `The history database in ${dataDir ? resolve(dataDir) : 'memory'} cannot be opened (${reason(error)}). ` +
        'Check that the folder (DATA_DIR) is writable, not full, and holds a database made by this console (or is empty).',
      { cause: error },
    )
  }
  const wrap = (q: Pick<typeof db, 'query' | 'exec'>): Queryable => ({
    async query<Row>(text: string, params: unknown[] = []) {
      return (await q.query<Row>(text, params)).rows
    },
    async exec(text: string) {
      await q.exec(text)
    },
  })
  return {
    kind: 'embedded',
    ...wrap(db),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    close: () => db.close(),
  }
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(not a valid URL)'
  }
}

async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg')
  const pool = new pg.Pool({ connectionString: url, max: 5, connectionTimeoutMillis: 10_000 })
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', (error) =>
    console.error(JSON.stringify({ level: 'error', message: 'history database', error: reason(error) })),
  )
  try {
    await pool.query('select 1')
  } catch (error) {
    await pool.end().catch(() => undefined)
    throw new DatabaseStartError(
      `The history database at ${redactUrl(url)} cannot be reached (${reason(error)}). Check DATABASE_URL.`,
      { cause: error },
    )
  }
  return {
    kind: 'postgres',
    async query<Row>(text: string, params: unknown[] = []) {
      return (await pool.query(text, params)).rows as Row[]
    },
    async exec(text: string) {
      await pool.query(text)
    },
    async transaction(work) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await work({
          query: async <Row>(text: string, params: unknown[] = []) =>
            (await client.query(text, params)).rows as Row[],
          exec: async (text: string) => void (await client.query(text)),
        })
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}

export function openDatabase(settings: DatabaseSettings): Promise<Database> {
  if (settings.kind === 'postgres') return openPostgres(settings.url)
  return openEmbedded(settings.kind === 'embedded' ? settings.dataDir : undefined)
}
