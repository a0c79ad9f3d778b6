import type { MockDb } from '../db/mock-db'
import type { StoredWorkflowStatus, WorkflowRecord } from '../db/types'
import { paginate, parsePageRequest, throwIfProblems } from '../pagination'
import { serializeWorkflow } from './serialize-workflow'

const STATUSES: readonly StoredWorkflowStatus[] = [
  'draft',
  'active',
  'running',
  'paused',
  'completed',
  'cancelled',
]

const SORT_FIELDS = {
  created_at: 'created_at',
  createdAt: 'created_at',
  updated_at: 'updated_at',
  updatedAt: 'updated_at',
  title: 'title',
  name: 'title',
  last_triggered_at: 'last_triggered_at',
  lastTriggeredAt: 'last_triggered_at',
  lead_count: 'lead_count',
  leadCount: 'lead_count',
} as const
type SortField = (typeof SORT_FIELDS)[keyof typeof SORT_FIELDS]

function parseStatuses(raw: string | null, problems: string[]): Set<StoredWorkflowStatus> | null {
  if (!raw) return null
  const wanted = new Set<StoredWorkflowStatus>()
  for (const part of raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)) {
    if (!(STATUSES as readonly string[]).includes(part)) {
      problems.push(`status must be a comma list of ${STATUSES.join(', ')}`)
      continue
    }
    const status = part as StoredWorkflowStatus
    wanted.add(status)
    // `active` and the legacy `running` are the same state (contract §14.5).
    if (status === 'active') wanted.add('running')
    if (status === 'running') wanted.add('active')
  }
  return wanted.size > 0 ? wanted : null
}

function parseSort(params: URLSearchParams, problems: string[]) {
  const rawField = params.get('sortBy') ?? params.get('sort_by')
  const rawOrder = (params.get('sortOrder') ?? params.get('sort_order') ?? 'DESC').toUpperCase()
  let field: SortField = 'created_at'
  if (rawField) {
    if (rawField in SORT_FIELDS) field = SORT_FIELDS[rawField as keyof typeof SORT_FIELDS]
    else
      problems.push(
        `sortBy must be one of created_at, updated_at, title, last_triggered_at, lead_count`,
      )
  }
  if (rawOrder !== 'ASC' && rawOrder !== 'DESC') problems.push('sortOrder must be ASC or DESC')
  return { field, direction: rawOrder === 'ASC' ? 1 : -1 }
}

type Row = { record: WorkflowRecord; leadCount: number }

function sortValue(row: Row, field: SortField): string | number | null {
  if (field === 'lead_count') return row.leadCount
  if (field === 'title') return row.record.title.toLowerCase()
  return row.record[field]
}

/** `GET /workflows` with the undocumented extensions of contract §4.1 (mock recommendation). */
export function listWorkflows(db: MockDb, params: URLSearchParams) {
  const problems: string[] = []
  const pageRequest = parsePageRequest(params, problems)
  const statuses = parseStatuses(params.get('status'), problems)
  const { field, direction } = parseSort(params, problems)
  throwIfProblems(problems)

  const search = params.get('search')?.trim().toLowerCase() ?? ''
  const rows: Row[] = [...db.workflows.values()]
    .filter((w) => !statuses || statuses.has(w.status))
    .filter(
      (w) =>
        !search ||
        w.title.toLowerCase().includes(search) ||
        w.description.toLowerCase().includes(search) ||
        w.id.toLowerCase().includes(search),
    )
    .map((record) => ({ record, leadCount: db.leadsOf(record.id).length }))

  rows.sort((a, b) => {
    const va = sortValue(a, field)
    const vb = sortValue(b, field)
    // Missing values (never triggered) go last whatever the direction.
    if (va === null && vb !== null) return 1
    if (vb === null && va !== null) return -1
    if (va !== null && vb !== null && va !== vb) return (va < vb ? -1 : 1) * direction
    return a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0
  })

  const page = paginate(rows, pageRequest)
  return { data: page.data.map((row) => serializeWorkflow(db, row.record)), meta: page.meta }
}
