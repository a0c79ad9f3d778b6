import { createSimClock } from '../clock'
import type { MockContext } from '../context'
import type { MockDb } from '../db/mock-db'
import type { LeadRecord } from '../db/types'
import { createRandom } from '../random'
import { freezeHolds, markCancelled } from '../scheduler/lifecycle-hooks'
import { runUntil } from '../scheduler/scheduler'
import { leadPhone, leadVariables } from './lead-values'
import { SEED_NOW } from './seed-time'
import { SEED_VARIABLE_KEYS } from './variable-keys'
import { SEED_WORKFLOWS, type SeedWorkflowKey } from './workflows'

const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

type Batch = { at: number; count: number }
type SeedRun = {
  key: SeedWorkflowKey
  leadKey: string
  batches: Batch[]
  activateAt?: number
  pauseAt?: number
  cancelAt?: number
}

/**
 * Seeded enrollments, replayed through the real scheduler on one timeline so that histories,
 * holds, queued calls and counters are all consistent. Times are ms relative to the seed instant.
 */
export const SEED_RUNS: SeedRun[] = [
  {
    key: 'legacyName',
    leadKey: 'legacynam',
    batches: [{ at: -96 * DAY, count: 5 }],
    activateAt: -96 * DAY,
    pauseAt: -96 * DAY + MIN,
  },
  {
    key: 'nps',
    leadKey: 'npssurvey',
    batches: [{ at: -90 * DAY, count: 20 }],
    activateAt: -90 * DAY,
  },
  {
    key: 'demoFollowup',
    leadKey: 'demofollo',
    batches: [{ at: -72 * DAY, count: 10 }],
    activateAt: -72 * DAY,
  },
  {
    key: 'webinar',
    leadKey: 'webinar01',
    batches: [{ at: -52 * DAY, count: 12 }],
    activateAt: -52 * DAY,
    cancelAt: -52 * DAY + 3 * MIN,
  },
  { key: 'winback', leadKey: 'gymwinbac', batches: [{ at: -5 * DAY, count: 2 }] },
  {
    key: 'renewal',
    leadKey: 'renewal01',
    batches: [{ at: -5 * DAY, count: 14 }],
    activateAt: -5 * DAY,
    pauseAt: -4 * DAY,
  },
  // Active ones are enrolled recently enough that leads are mid-flight at the seed instant.
  {
    key: 'nurture',
    leadKey: 'nurture01',
    batches: [
      { at: -3 * DAY, count: 24 },
      { at: -6 * MIN, count: 10 },
    ],
    activateAt: -3 * DAY,
  },
  {
    key: 'reengage',
    leadKey: 'reengage1',
    batches: [
      { at: -23 * HOUR, count: 16 },
      { at: -4 * MIN, count: 5 },
    ],
    activateAt: -23 * HOUR,
  },
  {
    key: 'legacyRunning',
    leadKey: 'legacyrun',
    batches: [
      { at: -4 * HOUR, count: 8 },
      { at: -2 * MIN, count: 3 },
    ],
    activateAt: -4 * HOUR,
  },
  {
    key: 'kyc',
    leadKey: 'kycremind',
    batches: [
      { at: -2 * HOUR, count: 12 },
      { at: -3 * MIN, count: 3 },
    ],
    activateAt: -2 * HOUR,
  },
  { key: 'appointmentReady', leadKey: 'apptready', batches: [{ at: -1 * DAY, count: 4 }] },
]

type Event = { at: number; order: number; apply: () => void }

function enroll(
  context: MockContext,
  run: SeedRun,
  workflowNumber: number,
  first: number,
  count: number,
) {
  const workflowId = SEED_WORKFLOWS[run.key].id
  const keys = SEED_VARIABLE_KEYS[workflowId] ?? []
  const at = context.clock.iso()
  for (let i = first; i < first + count; i++) {
    const lead: LeadRecord = {
      id: `wlead_${run.leadKey}l${String(i + 1).padStart(2, '0')}`,
      workflow_id: workflowId,
      phone_number: leadPhone(workflowNumber, i),
      variables: leadVariables(keys, i),
      status: 'pending',
      current_node_id: null,
      enrolled_at: at,
      updated_at: at,
      execution: { state: 'none' },
      call_attributes: {},
      last_call_status: null,
      history: [],
    }
    context.db.leads.set(lead.id, lead)
  }
}

function eventsOf(context: MockContext, run: SeedRun, workflowNumber: number): Event[] {
  const workflow = context.db.workflows.get(SEED_WORKFLOWS[run.key].id)
  if (!workflow) return []
  const target = workflow.status
  workflow.status = 'draft'
  const events: Event[] = []
  let next = 0
  for (const batch of run.batches) {
    const first = next
    next += batch.count
    events.push({
      at: batch.at,
      order: 0,
      apply: () => enroll(context, run, workflowNumber, first, batch.count),
    })
  }
  if (run.activateAt !== undefined)
    events.push({
      at: run.activateAt,
      order: 1,
      apply: () => (workflow.status = target === 'running' ? 'running' : 'active'),
    })
  if (run.pauseAt !== undefined)
    events.push({
      at: run.pauseAt,
      order: 2,
      apply: () => (freezeHolds(context, workflow.id), (workflow.status = 'paused')),
    })
  if (run.cancelAt !== undefined)
    events.push({
      at: run.cancelAt,
      order: 2,
      apply: () => (markCancelled(context, workflow.id), (workflow.status = 'cancelled')),
    })
  return events
}

/** Replays `SEED_RUNS` into a freshly seeded store; deterministic (own clock and PRNG). */
export function simulateSeedHistory(db: MockDb) {
  const context: MockContext = {
    db,
    clock: createSimClock(SEED_NOW, 0),
    random: createRandom(20261101),
    settings: { concurrency: 5 },
  }
  const saved = new Map([...db.workflows.values()].map((w) => [w.id, { ...w }]))
  const events = SEED_RUNS.flatMap((run, index) => eventsOf(context, run, index + 1))
    .map((event) => ({ ...event, at: SEED_NOW + event.at }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
  context.clock.set(events[0]?.at ?? SEED_NOW)
  for (const event of events) {
    runUntil(context, event.at)
    event.apply()
  }
  runUntil(context, SEED_NOW)
  for (const workflow of db.workflows.values()) {
    const original = saved.get(workflow.id)
    if (!original) continue
    workflow.created_at = original.created_at
    workflow.updated_at = original.updated_at
  }
}
