import { z } from 'zod'
import { unwrap } from '../envelope'

/** The mock's canonical lead statuses (contract §8.3). */
export const LEAD_STATUSES = [
  'pending',
  'active',
  'completed',
  'dropped',
  'removed',
  'failed',
] as const
export type KnownLeadStatus = (typeof LEAD_STATUSES)[number]
/** Unknown statuses are kept as text and shown as a neutral badge (contract §14.21). */
export type LeadStatus = KnownLeadStatus | (string & {})

const LEAD_STATUS_ALIASES: Record<string, KnownLeadStatus> = {
  in_progress: 'active',
  running: 'active',
}

export const leadStatusSchema = z.string().transform((s): LeadStatus => {
  const key = s.trim().toLowerCase()
  return LEAD_STATUS_ALIASES[key] ?? key
})

export function isKnownLeadStatus(status: string): status is KnownLeadStatus {
  return (LEAD_STATUSES as readonly string[]).includes(status)
}

export function isTerminalLeadStatus(status: LeadStatus): boolean {
  return (
    status === 'completed' || status === 'dropped' || status === 'removed' || status === 'failed'
  )
}

const text = z
  .string()
  .nullish()
  .transform((s) => (s === null || s === undefined || s === '' ? undefined : s))
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()])
/** Variables as strings; nested values are shown as JSON rather than rejected. */
const variablesSchema = z
  .record(z.string(), z.unknown())
  .nullish()
  .transform((v) =>
    v
      ? Object.fromEntries(
          Object.entries(v).map(([k, value]) => [
            k,
            scalar.safeParse(value).success ? String(value ?? '') : JSON.stringify(value),
          ]),
        )
      : undefined,
  )

/** One history step, whichever of shapes A, B, C or the mock superset (contract §6.4) it comes in. */
const rawHistoryEntrySchema = z.looseObject({
  node_id: text,
  node_type: text,
  node_label: text,
  label: text,
  from_node_id: text,
  from: text,
  to_node_id: text,
  to: text,
  edge_id: text,
  edge_label: text,
  reason: text,
  status: text,
  call_id: text,
  entered_at: text,
  started_at: text,
  timestamp: text,
  exited_at: text,
  ended_at: text,
  ends_at: text,
  release_at: text,
  metadata: z.record(z.string(), z.unknown()).nullish(),
})

const metaText = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null)
const metaNumber = (v: unknown) =>
  typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && v.trim() && Number.isFinite(Number(v))
      ? Number(v)
      : null
/** Extracted values (post-call analysis, contract §11.4) as text, whatever their JSON type. */
const metaValues = (v: unknown): Record<string, string> | null =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(
        Object.entries(v).map(([k, x]) => [
          k,
          typeof x === 'object' ? JSON.stringify(x) : String(x),
        ]),
      )
    : null

export const leadHistoryEntrySchema = rawHistoryEntrySchema.transform((e) => {
  const metaCallId = e.metadata?.call_id
  const m = e.metadata ?? {}
  return {
    /** `step`: a stay on `node_id` (shapes A, B, mock); `transition`: a from → to move (shape C). */
    kind: e.node_id ? ('step' as const) : ('transition' as const),
    nodeId: e.node_id ?? e.to_node_id ?? e.to ?? null,
    nodeType: e.node_type ?? null,
    nodeLabel: e.node_label ?? e.label ?? null,
    fromNodeId: e.from_node_id ?? e.from ?? null,
    toNodeId: e.to_node_id ?? e.to ?? null,
    edgeId: e.edge_id ?? null,
    edgeLabel: e.edge_label ?? null,
    reason: e.reason ?? null,
    status: e.status ?? null,
    callId: e.call_id ?? (typeof metaCallId === 'string' && metaCallId ? metaCallId : null),
    startedAt: e.entered_at ?? e.started_at ?? e.timestamp ?? null,
    endedAt: e.exited_at ?? e.ended_at ?? null,
    /** Planned release of an open TIME hold, as the server gave it (never computed here). */
    endsAt: e.ends_at ?? e.release_at ?? null,
    /** The call of this step, where the API tells (contract §11.3 call log fields, in metadata). */
    call: {
      status: metaText(m.call_status) ?? metaText(m.status),
      durationSec: metaNumber(m.duration_sec ?? m.duration_seconds),
      summary: metaText(m.summary),
      sentiment: metaText(m.sentiment),
      extracted: metaValues(m.attributes ?? m.analysis ?? m.extracted),
    },
  }
})
export type LeadHistoryEntry = z.output<typeof leadHistoryEntrySchema>

/** A list row may carry its latest step under one of these names (undocumented, read if present). */
const lastStepSchema = z.union([leadHistoryEntrySchema, z.null(), z.undefined()]).catch(undefined)

/** A workflow lead (enrolment), reading every documented alias (contract §2.4, §14.21–22). */
export const leadSchema = z.preprocess(
  unwrap,
  z
    .looseObject({
      id: z.string().min(1),
      workflow_id: text,
      phone_number: z.string().nullish(),
      phone: z.string().nullish(),
      variables: variablesSchema,
      metadata: variablesSchema,
      dynamic_variables: variablesSchema,
      current_node_id: text,
      status: leadStatusSchema.nullish(),
      execution_status: text,
      release_at: text,
      enrolled_at: text,
      created_at: text,
      createdAt: text,
      updated_at: text,
      updatedAt: text,
      notes: text,
      last_step: lastStepSchema,
      last_history: lastStepSchema,
      history: z.array(z.unknown()).nullish().catch(undefined),
    })
    .transform((l) => {
      const lastRaw = l.history?.length ? l.history[l.history.length - 1] : undefined
      const fromHistory =
        lastRaw === undefined ? undefined : leadHistoryEntrySchema.safeParse(lastRaw)
      return {
        id: l.id,
        workflowId: l.workflow_id,
        phoneNumber: l.phone_number ?? l.phone ?? '',
        variables: l.variables ?? l.metadata ?? l.dynamic_variables ?? {},
        currentNodeId: l.current_node_id ?? null,
        status: (l.status ?? 'pending') as LeadStatus,
        /** Finer state inside the node (`in_call`, `waiting`, `queued`…), when the server says. */
        executionStatus: l.execution_status ?? null,
        /** Planned end of a TIME hold, as the server gave it. */
        releaseAt: l.release_at ?? null,
        enrolledAt: l.enrolled_at ?? l.created_at ?? l.createdAt,
        updatedAt: l.updated_at ?? l.updatedAt,
        notes: l.notes,
        lastStep: l.last_step ?? l.last_history ?? (fromHistory?.success ? fromHistory.data : null),
      }
    }),
)
export type Lead = z.output<typeof leadSchema>

const executionSchema = z
  .looseObject({
    current_node_id: text,
    status: text,
    release_at: text,
    ends_at: text,
    updated_at: text,
  })
  .nullish()
  .catch(undefined)

const nestedLeadSchema = z.union([leadSchema, z.null(), z.undefined()]).catch(undefined)

/**
 * A lead's history: shape A/B (`{id, history}`), shape C (`{lead, execution, history}`), tier C
 * (`{statusCode, data:{lead, history}}`) or the mock superset. Priority: execution, then lead,
 * then the open (last, not exited) history entry.
 */
export const leadHistorySchema = z.preprocess(
  unwrap,
  z
    .looseObject({
      id: text,
      workflow_id: text,
      lead: nestedLeadSchema,
      execution: executionSchema,
      history: z.array(leadHistoryEntrySchema).nullish(),
      transitions: z.array(leadHistoryEntrySchema).nullish(),
    })
    .transform((h) => {
      const entries = h.history ?? h.transitions ?? []
      const last = entries[entries.length - 1]
      const open = last && !last.endedAt ? last : undefined
      return {
        leadId: h.lead?.id ?? h.id,
        workflowId: h.workflow_id ?? h.lead?.workflowId,
        lead: h.lead ?? null,
        entries,
        currentNodeId:
          h.execution?.current_node_id ?? h.lead?.currentNodeId ?? open?.nodeId ?? null,
        executionStatus: h.execution?.status ?? h.lead?.status ?? null,
        releaseAt: h.execution?.release_at ?? h.execution?.ends_at ?? open?.endsAt ?? null,
      }
    }),
)
export type LeadHistory = z.output<typeof leadHistorySchema>

const countOf = (v: unknown): number | undefined => {
  if (typeof v === 'number' && Number.isFinite(v)) return v
  if (Array.isArray(v)) return v.length
  // Tier C: `{ "+9198…": ["lead_abc"] }` — count the ids.
  if (v && typeof v === 'object') {
    return Object.values(v).reduce<number>((n, ids) => n + (Array.isArray(ids) ? ids.length : 1), 0)
  }
  return undefined
}

/**
 * The three enrolment answers (contract §14.19): `{leads_enrolled}`, one lead object, or tier C
 * `{statusCode, data:{phone:[ids]}, count}`. Not unwrapped first: tier C keeps `count` beside `data`.
 */
export const enrolResponseSchema = z.unknown().transform((body) => {
  const b = body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  const singleLead = typeof b.id === 'string' && typeof b.phone_number === 'string'
  const enrolled =
    countOf(b.leads_enrolled) ?? countOf(b.count) ?? countOf(b.data) ?? (singleLead ? 1 : undefined)
  const skipped = countOf(b.leads_skipped)
  return {
    enrolled: enrolled ?? null,
    skipped: skipped ?? null,
    message: typeof b.message === 'string' ? b.message : null,
  }
})
export type EnrolResult = z.output<typeof enrolResponseSchema>
