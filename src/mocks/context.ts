import type { CallStatus } from '../domain/step-semantics/call-outcome'
import type { SimClock } from './clock'
import type { MockDb } from './db/mock-db'
import type { LeadRecord, NodeRecord } from './db/types'
import type { Random } from './random'

/** A forced call result, for tests and demos; `null` lets the PRNG decide. */
export type PlannedCall = {
  status: CallStatus
  durationSec?: number
  attributes?: Record<string, string | number | boolean>
}
export type CallPlanner = (lead: LeadRecord, node: NodeRecord) => PlannedCall | null

export type SchedulerSettings = {
  /** Workspace-wide simultaneous calls (contract §10.1; Starter plan = 5). */
  concurrency: number
  callPlanner?: CallPlanner
}

/** What the pure services need: the store, simulated time, a seeded PRNG and scheduler settings. */
export type MockContext = {
  db: MockDb
  clock: SimClock
  random: Random
  settings: SchedulerSettings
}
