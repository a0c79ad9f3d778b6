import type { GraphSnapshot } from '../../src/domain/graph-diff/snapshot'
import type { DraftGraph } from '../../src/domain/drafts/draft-edits'
import type { Database } from './db/database'
import type { Actor } from './history-store'

export type Author = { email: string | null; name: string | null }

export type Draft = {
  workflowId: string
  author: Author
  createdAt: string
  updatedAt: string
  /** The live graph the draft was started from (or last rebased on). */
  baseGraph: GraphSnapshot
  graph: DraftGraph
  /** Goes up with every change: a write based on an older revision is refused. */
  revision: number
}

type DraftRow = {
  workflow_id: string
  author_email: string | null
  author_name: string | null
  created_at: string | Date
  updated_at: string | Date
  base_graph: unknown
  graph: unknown
  revision: number
}

const iso = (v: string | Date) => new Date(v).toISOString()
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T))

function toDraft(row: DraftRow): Draft {
  return {
    workflowId: row.workflow_id,
    author: { email: row.author_email, name: row.author_name },
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    baseGraph: json<GraphSnapshot>(row.base_graph),
    graph: json<DraftGraph>(row.graph),
    revision: Number(row.revision),
  }
}

export const authorOf = (actor: Actor): Author =>
  actor.kind === 'person' ? { email: actor.email, name: actor.name } : { email: null, name: null }

/** Same person: by email when both have one, else by name. */
export function sameAuthor(a: Author, b: Author): boolean {
  if (a.email && b.email) return a.email.toLowerCase() === b.email.toLowerCase()
  return !a.email && !b.email && a.name === b.name
}

const COLUMNS =
  'workflow_id, author_email, author_name, created_at, updated_at, base_graph, graph, revision'

/** One draft per workflow, in the history database (both backends, the same SQL). */
export function createDraftStore(db: Database) {
  return {
    async get(workflowId: string): Promise<Draft | null> {
      const rows = await db.query<DraftRow>(`SELECT ${COLUMNS} FROM draft WHERE workflow_id = $1`, [
        workflowId,
      ])
      return rows[0] ? toDraft(rows[0]) : null
    },

    /** Starts a draft; `null` when the workflow already has one (one draft per workflow). */
    async create(
      workflowId: string,
      author: Author,
      live: GraphSnapshot,
      graph: DraftGraph,
      at = new Date(),
    ) {
      const rows = await db.query<DraftRow>(
        `INSERT INTO draft (workflow_id, author_email, author_name, created_at, updated_at, base_graph, graph, revision)
         VALUES ($1, $2, $3, $4, $4, $5, $6, 1) ON CONFLICT (workflow_id) DO NOTHING RETURNING ${COLUMNS}`,
        [
          workflowId,
          author.email,
          author.name,
          at.toISOString(),
          JSON.stringify(live),
          JSON.stringify(graph),
        ],
      )
      return rows[0] ? toDraft(rows[0]) : null
    },

    /**
     * Replaces the draft's graph (and base) with `change(current)`, in one transaction with the
     * row locked, so two writes to one draft never interleave. `change` may throw to refuse.
     */
    async update(
      workflowId: string,
      change: (draft: Draft) => { graph?: DraftGraph; baseGraph?: GraphSnapshot; author?: Author },
      at = new Date(),
    ): Promise<Draft | null> {
      return db.transaction(async (tx) => {
        const rows = await tx.query<DraftRow>(
          `SELECT ${COLUMNS} FROM draft WHERE workflow_id = $1 FOR UPDATE`,
          [workflowId],
        )
        if (!rows[0]) return null
        const current = toDraft(rows[0])
        const next = change(current)
        const author = next.author ?? current.author
        const updated = await tx.query<DraftRow>(
          `UPDATE draft SET graph = $2, base_graph = $3, author_email = $4, author_name = $5, updated_at = $6,
             revision = revision + 1 WHERE workflow_id = $1 RETURNING ${COLUMNS}`,
          [
            workflowId,
            JSON.stringify(next.graph ?? current.graph),
            JSON.stringify(next.baseGraph ?? current.baseGraph),
            author.email,
            author.name,
            at.toISOString(),
          ],
        )
        return toDraft(updated[0]!)
      })
    },

    async remove(workflowId: string): Promise<boolean> {
      const rows = await db.query<{ workflow_id: string }>(
        'DELETE FROM draft WHERE workflow_id = $1 RETURNING workflow_id',
        [workflowId],
      )
      return rows.length > 0
    },
  }
}
export type DraftStore = ReturnType<typeof createDraftStore>
