/**
 * The one interface the history store talks to: PostgreSQL, embedded (PGlite) or a server
 * (node-postgres). Both take the same SQL text with `$1` placeholders and answer rows, so every
 * migration and query is written once.
 */
export type Queryable = {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>
  /** Several statements without parameters (migrations). */
  exec(text: string): Promise<void>
}

export type Database = Queryable & {
  kind: 'embedded' | 'postgres'
  /** Runs `work` in one transaction: all of it happens, or none. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/** Start-up failures carry a message meant for the person reading the server's log. */
export class DatabaseStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'DatabaseStartError'
  }
}
