import { describeChange, describeDiff, type ActivityChange } from '../../src/domain/activity/words'
import { diffGraphs, isEmptyDiff } from '../../src/domain/graph-diff/diff'
import {
  graphFingerprint,
  objectOf,
  snapshotFromApi,
  toSnapshotNode,
  type GraphSnapshot,
} from '../../src/domain/graph-diff/snapshot'
import { classifyWrite, graphReadOf, type WriteKind } from './classify-write'
import type { Actor, HistoryStore, Outcome, VersionKind } from './history-store'

/** A GET through the same path the browser's requests take (proxy with the key, or the mock). */
export type ApiReader = (path: string) => Promise<{ status: number; body: unknown }>

export const HISTORY_HEADER = 'x-console-history'

type WriteRequest = {
  method: string
  /** After `v1/`: `workflows/wf_1/pause`. */
  path: string
  body: unknown
  actor: Actor
  requestId: string | null
  read: ApiReader
  send: () => Promise<Response>
}

const GRAPH_KINDS = new Set(['node.create', 'node.update', 'node.delete', 'edge.create', 'edge.delete'])

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.clone().json()
  } catch {
    return null
  }
}

function apiMessage(body: unknown): string | null {
  const o = objectOf(body)
  const m = o?.message
  if (typeof m === 'string') return m
  if (Array.isArray(m)) return m.filter((x) => typeof x === 'string').join('; ')
  return null
}

function withHistoryHeader(response: Response, value: 'recorded' | 'unrecorded'): Response {
  const headers = new Headers(response.headers)
  headers.set(HISTORY_HEADER, value)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

function outcomeOf(status: number): Outcome {
  if (status < 400) return 'accepted'
  return status >= 500 || status === 0 ? 'failed' : 'refused'
}

/**
 * Keeps the history of every write through the console. The API answers first; only then is
 * the history written, so it never claims a change the API did not make. A history failure is
 * a log line and the answer says `x-console-history: unrecorded`; the API's answer is never lost.
 */
export function createRecorder(options: {
  store: HistoryStore
  log?: (line: string) => void
  now?: () => Date
  /** How long a graph that differs from the last version must stay so before it counts as outside. */
  outsideGraceMs?: number
}) {
  const { store } = options
  const log = options.log ?? ((line) => console.error(line))
  const now = options.now ?? (() => new Date())
  const grace = options.outsideGraceMs ?? 1500
  // One queue per workflow in this process for the history's own work (the reads after a write,
  // the versions, the check for outside changes), so those never interleave. The API call itself
  // is never queued: a request the API never answers must not hold back the next one.
  const queues = new Map<string, Promise<unknown>>()
  const pending = new Set<Promise<unknown>>()
  function serial<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = queues.get(key) ?? Promise.resolve()
    const next = previous.then(work, work)
    const settled = next.catch(() => undefined)
    queues.set(key, settled)
    pending.add(settled)
    void settled.then(() => {
      pending.delete(settled)
      if (queues.get(key) === settled) queues.delete(key)
    })
    return next
  }

  // The writes of each workflow now between their "before" read and their record. A write that
  // overlapped another cannot tell an outside change from the other write, so it does not try.
  type InFlight = { overlapped: boolean; startedAt: number }
  const inFlight = new Map<string, Set<InFlight>>()
  const STALE_MS = 120_000
  function begin(key: string): InFlight {
    const set = inFlight.get(key) ?? new Set<InFlight>()
    inFlight.set(key, set)
    const self: InFlight = { overlapped: false, startedAt: Date.now() }
    for (const other of set) {
      // An unanswered request stays in the set; after a while it no longer counts.
      if (Date.now() - other.startedAt > STALE_MS) set.delete(other)
      else {
        other.overlapped = true
        self.overlapped = true
      }
    }
    set.add(self)
    return self
  }
  function end(key: string, self: InFlight) {
    const set = inFlight.get(key)
    set?.delete(self)
    if (set?.size === 0) inFlight.delete(key)
  }

  const logFailure = (what: string, error: unknown, requestId: string | null) =>
    log(JSON.stringify({ level: 'error', message: `history: ${what}`, request_id: requestId, error: error instanceof Error ? error.message : String(error) }))

  async function readGraph(read: ApiReader, workflowId: string): Promise<GraphSnapshot | null> {
    try {
      const id = encodeURIComponent(workflowId)
      const [nodes, edges] = await Promise.all([read(`workflows/${id}/nodes`), read(`workflows/${id}/edges`)])
      if (nodes.status !== 200 || edges.status !== 200) return null
      return snapshotFromApi(nodes.body, edges.body)
    } catch {
      return null
    }
  }

  async function readWorkflow(read: ApiReader, workflowId: string) {
    try {
      const answer = await read(`workflows/${encodeURIComponent(workflowId)}`)
      const o = answer.status === 200 ? objectOf(answer.body) : null
      if (!o) return null
      const title = typeof o.title === 'string' ? o.title : typeof o.name === 'string' ? o.name : undefined
      return { title, description: typeof o.description === 'string' ? o.description : null }
    } catch {
      return null
    }
  }

  /** Makes sure the graph as it was before a console write is kept (the first time we see it). */
  async function ensureBaseline(workflowId: string, graph: GraphSnapshot | null, at: Date) {
    if (!graph) return
    const latest = await store.latestVersion(workflowId)
    if (latest && latest.fingerprint === graphFingerprint(graph)) return
    await noteOutside(workflowId, graph, at, latest ? await store.getVersion(workflowId, latest.id) : null)
  }

  async function noteOutside(workflowId: string, graph: GraphSnapshot, at: Date, latest: Awaited<ReturnType<HistoryStore['getVersion']>>) {
    if (!latest) {
      await store.recordGraph({ workflowId, graph, at, actor: { kind: 'outside' }, kind: 'first-seen' })
      return
    }
    const diff = diffGraphs(latest.graph, graph)
    if (isEmptyDiff(diff)) return
    const labels = new Map([...latest.graph.nodes, ...graph.nodes].map((n) => [n.id, n.label]))
    const lines = describeDiff(diff, (id) => labels.get(id) ?? null)
    const { version } = await store.recordGraph({ workflowId, graph, at, actor: { kind: 'outside' }, kind: 'outside' })
    await store.recordActivity({
      workflowId, at, actor: { kind: 'outside' }, action: 'graph.outside',
      summary: describeChange({ kind: 'graph.outside', lines }), outcome: 'accepted',
      apiStatus: null, apiMessage: null, requestId: null, details: { lines }, versionId: version.id,
    })
  }

  function changeOf(kind: WriteKind, ctx: {
    body: unknown; answer: unknown; before: GraphSnapshot | null; after: GraphSnapshot | null
    workflowBefore: { title?: string; description?: string | null } | null
  }): ActivityChange {
    const req = objectOf(ctx.body) ?? {}
    const res = objectOf(ctx.answer) ?? {}
    const label = (id: unknown) => ctx.before?.nodes.find((n) => n.id === id)?.label ?? null
    switch (kind.kind) {
      case 'workflow.create':
        return { kind: 'workflow.create', title: typeof req.title === 'string' ? req.title : typeof req.name === 'string' ? req.name : null }
      case 'workflow.update': {
        const after: { title?: string; description?: string | null } = {}
        const title = typeof req.title === 'string' ? req.title : typeof req.name === 'string' ? req.name : undefined
        if (title !== undefined) after.title = title
        if ('description' in req) after.description = typeof req.description === 'string' ? req.description : null
        return { kind: 'workflow.update', before: ctx.workflowBefore, after }
      }
      case 'workflow.delete':
        return { kind: 'workflow.delete', title: ctx.workflowBefore?.title ?? null }
      case 'workflow.lifecycle':
        return { kind: 'workflow.lifecycle', action: kind.action }
      case 'workflow.duplicate':
        return { kind: 'workflow.duplicate', copyTitle: typeof res.title === 'string' ? res.title : null }
      case 'node.create': {
        const node = toSnapshotNode(ctx.answer)
        return { kind: 'node.create', label: node?.label ?? (typeof req.label === 'string' ? req.label : ''), nodeType: node?.node_type ?? String(req.node_type ?? '') }
      }
      case 'node.update': {
        const before = ctx.before?.nodes.find((n) => n.id === kind.nodeId) ?? null
        const after = ctx.after?.nodes.find((n) => n.id === kind.nodeId) ?? toSnapshotNode(ctx.answer) ??
          (before && { ...before, ...(req as Partial<typeof before>) })
        return { kind: 'node.update', before, after }
      }
      case 'node.delete': {
        const connections = ctx.before?.edges.filter((e) => e.from_node_id === kind.nodeId || e.to_node_id === kind.nodeId).length ?? 0
        return { kind: 'node.delete', label: label(kind.nodeId), connections }
      }
      case 'edge.create':
        return { kind: 'edge.create', from: label(req.from_node_id), to: label(req.to_node_id), label: typeof req.label === 'string' && req.label ? req.label : null }
      case 'edge.delete': {
        const edge = ctx.before?.edges.find((e) => e.id === kind.edgeId) ?? null
        return { kind: 'edge.delete', from: label(edge?.from_node_id), to: label(edge?.to_node_id), label: edge?.label ?? null }
      }
      case 'leads.enrol': {
        const n = res.leads_enrolled ?? res.count ?? (Array.isArray(res.data) ? res.data.length : null)
        return { kind: 'leads.enrol', count: typeof n === 'number' ? n : null }
      }
      case 'lead.remove':
        return { kind: 'lead.remove', leadId: kind.leadId }
      case 'other':
        return { kind: 'other', method: 'write', path: '' }
    }
  }

  async function write(request: WriteRequest): Promise<Response> {
    const kind = classifyWrite(request.method, request.path)
    if (!kind) return request.send()
    const workflowId = 'workflowId' in kind ? kind.workflowId : null
    const isGraph = GRAPH_KINDS.has(kind.kind)
    const key = workflowId ?? '*'
    const self = begin(key)
    let response: Response
    let before: GraphSnapshot | null = null
    let workflowBefore: { title?: string; description?: string | null } | null = null
    try {
      if (workflowId && isGraph) before = await readGraph(request.read, workflowId)
      if (workflowId && (kind.kind === 'workflow.update' || kind.kind === 'workflow.delete'))
        workflowBefore = await readWorkflow(request.read, workflowId)
      response = await request.send()
    } catch (error) {
      end(key, self)
      throw error
    }
    // A dropped connection (the demo's offline fault) has no status to copy: record, pass it on.
    const unanswered = response.type === 'error' || response.status === 0

    return serial(key, async () => {
      try {
        const at = now()
        const answer = unanswered ? null : await readJson(response)
        const outcome = unanswered ? 'failed' : outcomeOf(response.status)
        let after: GraphSnapshot | null = null
        let versionId: number | null = null
        if (workflowId && outcome === 'accepted' && (isGraph || kind.kind === 'workflow.lifecycle')) {
          // The graph as it was before: kept if new to us; a difference is an outside change only
          // when no other console write of this workflow overlapped this one.
          if (!self.overlapped || !(await store.latestVersion(workflowId))) await ensureBaseline(workflowId, before, at)
          after = await readGraph(request.read, workflowId)
          const versionKind: VersionKind | null =
            kind.kind === 'workflow.lifecycle' ? (kind.action === 'activate' ? 'activation' : null) : 'edit'
          if (after && versionKind)
            versionId = (await store.recordGraph({ workflowId, graph: after, at, actor: request.actor, kind: versionKind })).version.id
        }
        const change = kind.kind === 'other'
          ? ({ kind: 'other', method: request.method, path: `/v1/${request.path}` } as const)
          : changeOf(kind, { body: request.body, answer, before, after, workflowBefore })
        const createdId = kind.kind === 'workflow.create' || kind.kind === 'workflow.duplicate' ? objectOf(answer)?.id : null
        await store.recordActivity({
          workflowId: kind.kind === 'workflow.create' && typeof createdId === 'string' ? createdId : workflowId,
          at,
          actor: request.actor,
          action: kind.kind,
          summary: describeChange(change),
          outcome,
          apiStatus: unanswered ? null : response.status,
          apiMessage: outcome === 'accepted' ? null : apiMessage(answer),
          requestId: request.requestId,
          details: { change, ...(typeof createdId === 'string' ? { createdId } : {}) },
          versionId,
        })
        return unanswered ? response : withHistoryHeader(response, 'recorded')
      } catch (error) {
        logFailure(`the ${kind.kind} write was not recorded`, error, request.requestId)
        return unanswered ? response : withHistoryHeader(response, 'unrecorded')
      } finally {
        end(key, self)
      }
    })
  }

  /** After a graph read: a graph that differs from the last version changed outside the console. */
  function observeRead(request: { method: string; path: string; status: number; read: ApiReader }) {
    const workflowId = graphReadOf(request.method, request.path)
    if (!workflowId || request.status !== 200) return
    const check = async () => {
      const graph = await readGraph(request.read, workflowId)
      if (!graph) return
      const latest = await store.latestVersion(workflowId)
      if (latest?.fingerprint === graphFingerprint(graph)) return
      if (latest && grace > 0) {
        // Another console instance may be between its API call and its history write. The wait
        // is outside the queue: this workflow's writes are recorded meanwhile.
        await new Promise((r) => setTimeout(r, grace))
        return serial(workflowId, async () => {
          const again = await readGraph(request.read, workflowId)
          const newest = await store.latestVersion(workflowId)
          if (!again || newest?.fingerprint === graphFingerprint(again)) return
          if (inFlight.has(workflowId)) return // a console write of it is under way: not outside
          return noteOutside(workflowId, again, now(), newest && (await store.getVersion(workflowId, newest.id)))
        })
      }
      return serial(workflowId, async () => {
        const newest = await store.latestVersion(workflowId)
        if (newest?.fingerprint === graphFingerprint(graph)) return
        if (inFlight.has(workflowId)) return
        return noteOutside(workflowId, graph, now(), newest && (await store.getVersion(workflowId, newest.id)))
      })
    }
    const checking = check()
    pending.add(checking)
    void checking.finally(() => pending.delete(checking)).catch((error) => logFailure('checking for outside changes failed', error, null))
  }

  return {
    write,
    observeRead,
    readGraph,
    /** Resolves when every queued history write has finished (tests, shutdown). */
    async idle() {
      while (pending.size > 0) await Promise.all([...pending])
    },
  }
}

export type Recorder = ReturnType<typeof createRecorder>
