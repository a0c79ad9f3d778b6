import { randomBytes } from 'node:crypto'
import type { Database } from '../db/database'
import { openDatabase } from '../db/open-database'

export type Backend = 'embedded' | 'postgres'

/**
 * The backends every history test runs on: PGlite always; a real PostgreSQL when
 * TEST_DATABASE_URL is set (`scripts/with-postgres.mjs` sets it for `npm test`). In CI a missing
 * server is an error, not a silent skip.
 */
export function testBackends(): Backend[] {
  if (process.env.TEST_DATABASE_URL) return ['embedded', 'postgres']
  if (process.env.CI && process.env.TEST_POSTGRES !== 'off')
    throw new Error('CI runs the history tests on PostgreSQL too: run them through scripts/with-postgres.mjs')
  return ['embedded']
}

let sharedEmbedded: Promise<Database> | undefined

/**
 * A fresh, empty database of that kind: for PGlite one in-memory instance per test file (starting
 * one takes seconds) with its schema emptied, a new database on the server.
 */
export async function openTestDatabase(backend: Backend): Promise<Database & { url?: string }> {
  if (backend === 'embedded') {
    sharedEmbedded ??= openDatabase({ kind: 'memory' })
    const db = await sharedEmbedded
    await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;')
    return { ...db, close: async () => undefined }
  }
  const admin = await openDatabase({ kind: 'postgres', url: process.env.TEST_DATABASE_URL! })
  const name = `history_test_${randomBytes(6).toString('hex')}`
  await admin.exec(`CREATE DATABASE ${name}`)
  const url = new URL(process.env.TEST_DATABASE_URL!)
  url.pathname = `/${name}`
  const db = await openDatabase({ kind: 'postgres', url: url.toString() })
  return {
    ...db,
    url: url.toString(),
    async close() {
      await db.close()
      await admin.exec(`DROP DATABASE IF EXISTS ${name}`)
      await admin.close()
    },
  }
}
