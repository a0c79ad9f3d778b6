import type { DatabaseSettings } from './db/open-database'
import { openDatabase } from './db/open-database'
import { migrate } from './db/migrate'
import { createHistoryStore, type HistoryStore } from './history-store'
import { createRecorder, type Recorder } from './recorder'

export type History = {
  store: HistoryStore
  recorder: Recorder
  backend: 'embedded' | 'postgres'
  close(): Promise<void>
}

const DAY_MS = 86_400_000

/**
 * Opens the history database, brings its schema up to date and starts retention. Throws a
 * DatabaseStartError with a readable message when the database cannot be opened or is newer
 * than this code: the server must not start without its history.
 */
export async function openHistory(options: {
  database: DatabaseSettings
  retentionDays: number | null
  log?: (line: string) => void
  outsideGraceMs?: number
}): Promise<History> {
  const log = options.log ?? console.log
  const db = await openDatabase(options.database)
  try {
    const result = await migrate(db)
    if (result.applied.length > 0)
      log(JSON.stringify({ level: 'info', message: `history database schema ${result.from} → ${result.to}` }))
  } catch (error) {
    await db.close().catch(() => undefined)
    throw error
  }
  const store = createHistoryStore(db)
  const recorder = createRecorder({ store, outsideGraceMs: options.outsideGraceMs })
  let timer: ReturnType<typeof setInterval> | undefined
  if (options.retentionDays !== null) {
    const days = options.retentionDays
    const prune = () =>
      store.prune(days).then(
        (n) => (n.activity || n.versions) && log(JSON.stringify({ level: 'info', message: `history retention (${days} days): removed ${n.activity} activity lines, ${n.versions} versions` })),
        (error: unknown) => console.error(JSON.stringify({ level: 'error', message: 'history retention failed', error: String(error) })),
      )
    void prune()
    timer = setInterval(prune, DAY_MS / 4)
    timer.unref?.()
  }
  return {
    store,
    recorder,
    backend: db.kind,
    async close() {
      if (timer) clearInterval(timer)
      await recorder.idle()
      await db.close()
    },
  }
}
