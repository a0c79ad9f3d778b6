import { continuesBurst } from '../../src/domain/activity/burst'
import { graphFingerprint, type GraphSnapshot } from '../../src/domain/graph-diff/snapshot'
import type { Database, Queryable } from './db/database'

export type Actor =
  | { kind: 'person'; email: string | null; name: string | null }
  | { kind: 'anonymous' }
  | { kind: 'outside' }

export type Outcome = 'accepted' | 'refused' | 'failed'

export type NewActivity = {
  workflowId: string | null
  at: Date
  actor: Actor
  action: string
  summary: string
  outcome: Outcome
  apiStatus: number | null
  apiMessage: string | null
  requestId: string | null
  details?: Record<string, unknown>
  versionId?: number | null
}

export type ActivityEntry = Omit<NewActivity, 'at' | 'details'> & {
  id: number
  at: string
  details: Record<string, unknown>
}

export type VersionKind = 'first-seen' | 'edit' | 'activation' | 'named' | 'outside' | 'restore'

export type VersionSummary = {
  id: number
  workflowId: string
  createdAt: string
  updatedAt: string
  kind: VersionKind
  name: string | null
  actor: Actor
  fingerprint: string
  stepCount: number
  connectionCount: number
}
export type GraphVersion = VersionSummary & { graph: GraphSnapshot }

export type ActivityFilter = {
  workflowId?: string
  /** An email, or a display name for people without one. */
  person?: string
  action?: string
  from?: Date
  to?: Date
  /** Id of the last entry of the previous page: newer pages first. */
  before?: number
  limit?: number
}

type ActivityRow = {
  id: string | number
  workflow_id: string | null
  at: Date | string
  actor_kind: Actor['kind']
  actor_email: string | null
  actor_name: string | null
  action: string
  summary: string
  outcome: Outcome
  api_status: number | null
  api_message: string | null
  request_id: string | null
  details: Record<string, unknown> | string
  version_id: string | number | null
}

type VersionRow = {
  id: string | number
  workflow_id: string
  created_at: Date | string
  updated_at: Date | string
  kind: VersionKind
  name: string | null
  actor_email: string | null
  actor_name: string | null
  graph_hash: string
  step_count: number
  connection_count: number
  graph?: GraphSnapshot | string
}

const iso = (v: Date | string) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString())
const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v)

const actorOf = (kind: Actor['kind'], email: string | null, name: string | null): Actor =>
  kind === 'person' ? { kind, email, name } : { kind }

/** The key that says "the same person" (burst grouping, filters): the email, else the name. */
export function actorKey(actor: Actor): string | null {
  if (actor.kind !== 'person') return null
  return actor.email ?? actor.name
}

const actorColumns = (actor: Actor) =>
  actor.kind === 'person' ? [actor.email, actor.name] : [null, null]

function toEntry(row: ActivityRow): ActivityEntry {
  return {
    id: Number(row.id),
    workflowId: row.workflow_id,
    at: iso(row.at),
    actor: actorOf(row.actor_kind, row.actor_email, row.actor_name),
    action: row.action,
    summary: row.summary,
    outcome: row.outcome,
    apiStatus: row.api_status,
    apiMessage: row.api_message,
    requestId: row.request_id,
    details: json(row.details),
    versionId: row.version_id === null ? null : Number(row.version_id),
  }
}

function toVersion(row: VersionRow): VersionSummary {
  return {
    id: Number(row.id),
    workflowId: row.workflow_id,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    kind: row.kind,
    name: row.name,
    actor: row.actor_email || row.actor_name
      ? { kind: 'person', email: row.actor_email, name: row.actor_name }
      : row.kind === 'outside' ? { kind: 'outside' } : { kind: 'anonymous' },
    fingerprint: row.graph_hash,
    stepCount: row.step_count,
    connectionCount: row.connection_count,
  }
}

const VERSION_COLUMNS =
  'id, workflow_id, created_at, updated_at, kind, name, actor_email, actor_name, graph_hash, step_count, connection_count'

export type GraphChange = {
  workflowId: string
  graph: GraphSnapshot
  at: Date
  actor: Actor
  kind: VersionKind
  name?: string | null
}

/** The history's queries. Both backends run the same SQL. */
export function createHistoryStore(db: Database, options: { burstWindowMs?: number } = {}) {
  async function latestVersion(q: Queryable, workflowId: string, lock: boolean) {
    const rows = await q.query<VersionRow>(
      `SELECT ${VERSION_COLUMNS} FROM graph_version WHERE workflow_id = $1 ORDER BY id DESC LIMIT 1${lock ? ' FOR UPDATE' : ''}`,
      [workflowId],
    )
    return rows[0] ? toVersion(rows[0]) : null
  }

  return {
    db,
    async recordActivity(entry: NewActivity): Promise<number> {
      const [email, name] = actorColumns(entry.actor)
      const rows = await db.query<{ id: string | number }>(
        `INSERT INTO activity (workflow_id, at, actor_kind, actor_email, actor_name, action, summary, outcome,
           api_status, api_message, request_id, details, version_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [
          entry.workflowId, entry.at.toISOString(), entry.actor.kind, email, name, entry.action,
          entry.summary, entry.outcome, entry.apiStatus, entry.apiMessage?.slice(0, 1000) ?? null,
          entry.requestId, JSON.stringify(entry.details ?? {}), entry.versionId ?? null,
        ],
      )
      return Number(rows[0]!.id)
    },

    async listActivity(filter: ActivityFilter = {}) {
      const where: string[] = []
      const params: unknown[] = []
      const add = (clause: string, value: unknown) => {
        params.push(value)
        where.push(clause.replace('?', `$${params.length}`))
      }
      if (filter.workflowId) add('workflow_id = ?', filter.workflowId)
      if (filter.person) add('coalesce(actor_email, actor_name) = ?', filter.person)
      if (filter.action) add('action LIKE ?', `${filter.action.replace(/[%_\\]/g, '\\$&')}%`)
      if (filter.from) add('at >= ?', filter.from.toISOString())
      if (filter.to) add('at < ?', filter.to.toISOString())
      if (filter.before) add('id < ?', filter.before)
      const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200)
      const rows = await db.query<ActivityRow>(
        `SELECT * FROM activity ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY id DESC LIMIT ${limit + 1}`,
        params,
      )
      const items = rows.slice(0, limit).map(toEntry)
      return { items, nextBefore: rows.length > limit ? (items.at(-1)?.id ?? null) : null }
    },

    /** Everyone who appears in the activity (of one workflow), for the person filter. */
    async listPeople(workflowId?: string) {
      const rows = await db.query<{ email: string | null; name: string | null }>(
        `SELECT DISTINCT ON (coalesce(actor_email, actor_name)) actor_email AS email, actor_name AS name
         FROM activity WHERE actor_kind = 'person' ${workflowId ? 'AND workflow_id = $1' : ''}
         ORDER BY coalesce(actor_email, actor_name), id DESC`,
        workflowId ? [workflowId] : [],
      )
      return rows
    },

    latestVersion: (workflowId: string) => latestVersion(db, workflowId, false),

    /**
     * Keeps the graph after a change. An edit joins the latest version when it continues one
     * person's burst; anything else, or a graph that differs from none, starts a new version.
     * Answers the version that now holds the graph, and whether it is new.
     */
    async recordGraph(change: GraphChange): Promise<{ version: VersionSummary; created: boolean }> {
      const hash = graphFingerprint(change.graph)
      const [email, name] = actorColumns(change.actor)
      return db.transaction(async (tx) => {
        // Serialises writers of one workflow's versions across console instances.
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [change.workflowId])
        const latest = await latestVersion(tx, change.workflowId, true)
        const forced = change.kind === 'named' || change.kind === 'activation' || change.kind === 'restore'
        if (latest && latest.fingerprint === hash && !forced) return { version: latest, created: false }
        const continues =
          change.kind === 'edit' &&
          continuesBurst(
            latest && { kind: latest.kind, actorKey: actorKey(latest.actor), updatedAt: Date.parse(latest.updatedAt) },
            { actorKey: actorKey(change.actor), at: change.at.getTime() },
            options.burstWindowMs,
          )
        const graphJson = JSON.stringify(change.graph)
        if (continues && latest) {
          const rows = await tx.query<VersionRow>(
            `UPDATE graph_version SET graph = $2, graph_hash = $3, updated_at = $4, step_count = $5, connection_count = $6
             WHERE id = $1 RETURNING ${VERSION_COLUMNS}`,
            [latest.id, graphJson, hash, change.at.toISOString(), change.graph.nodes.length, change.graph.edges.length],
          )
          return { version: toVersion(rows[0]!), created: false }
        }
        const rows = await tx.query<VersionRow>(
          `INSERT INTO graph_version (workflow_id, created_at, updated_at, kind, name, actor_email, actor_name, graph, graph_hash, step_count, connection_count)
           VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${VERSION_COLUMNS}`,
          [
            change.workflowId, change.at.toISOString(), change.kind, change.name ?? null, email, name,
            graphJson, hash, change.graph.nodes.length, change.graph.edges.length,
          ],
        )
        return { version: toVersion(rows[0]!), created: true }
      })
    },

    async listVersions(workflowId: string, limit = 100): Promise<VersionSummary[]> {
      const rows = await db.query<VersionRow>(
        `SELECT ${VERSION_COLUMNS} FROM graph_version WHERE workflow_id = $1 ORDER BY id DESC LIMIT $2`,
        [workflowId, Math.min(Math.max(limit, 1), 500)],
      )
      return rows.map(toVersion)
    },

    async getVersion(workflowId: string, id: number): Promise<GraphVersion | null> {
      const rows = await db.query<VersionRow>(
        `SELECT ${VERSION_COLUMNS}, graph FROM graph_version WHERE workflow_id = $1 AND id = $2`,
        [workflowId, id],
      )
      const row = rows[0]
      return row ? { ...toVersion(row), graph: json(row.graph!) } : null
    },

    /** Retention: drops activity and versions older than `days`, keeping each workflow's latest version. */
    async prune(days: number, now = new Date()) {
      const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString()
      return db.transaction(async (tx) => {
        const activity = await tx.query('DELETE FROM activity WHERE at < $1 RETURNING id', [cutoff])
        const versions = await tx.query(
          `DELETE FROM graph_version v WHERE v.updated_at < $1
             AND v.id <> (SELECT max(id) FROM graph_version l WHERE l.workflow_id = v.workflow_id) RETURNING id`,
          [cutoff],
        )
        return { activity: activity.length, versions: versions.length }
      })
    },
  }
}

export type HistoryStore = ReturnType<typeof createHistoryStore>
