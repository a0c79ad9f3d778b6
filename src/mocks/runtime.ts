import type { RequestHandler } from 'msw'
import { createSimClock, DEFAULT_SPEED, type SimClock } from './clock'
import type { CallPlanner, MockContext } from './context'
import { createMockDb, type MockDb } from './db/mock-db'
import { createFaultStore, type FaultStore } from './faults'
import { createHandlers, type HandlerOptions } from './http/create-handlers'
import { createRandom } from './random'
import { runUntil, tick as schedulerTick } from './scheduler/scheduler'
import { buildSeed } from './seed/build-seed'
import { simulateSeedHistory } from './seed/seed-leads'
import { SEED_NOW } from './seed/seed-time'

export type MockRuntimeOptions = HandlerOptions & {
  /** Simulated start time in epoch ms (default: the seed instant, 2026-11-01T09:00Z). */
  startAt?: number
  /** Simulated ms per real ms for the real-time loop (default 3600: 1 s real = 1 h simulated). */
  speed?: number
  /** PRNG seed for call outcomes, durations and fault sampling. */
  randomSeed?: number
  /** Workspace-wide concurrent call slots (default 5). */
  concurrency?: number
  /** Force call results (tests); return null to let the PRNG decide. */
  callPlanner?: CallPlanner
  /** Seed leads with simulated histories (default true; false = workflows and graphs only). */
  seedLeads?: boolean
  /** Real ms between loop ticks (default 500). */
  tickIntervalMs?: number
}

export type MockRuntime = {
  handlers: RequestHandler[]
  db: MockDb
  clock: SimClock
  faults: FaultStore
  context: MockContext
  /** One scheduler tick at the current simulated time. */
  tick(): void
  /** Move simulated time forward by `ms`, ticking at every due event on the way. */
  advance(ms: number): void
  /** Store, clock, PRNG and faults back to their initial state. */
  reset(): void
  /** Start the real-time loop: every interval, advance by elapsed real ms × speed. */
  start(): void
  stop(): void
  isRunning(): boolean
}

const DEFAULT_RANDOM_SEED = 42

/** A fresh runtime; tests use this (no real-time loop unless `start()` is called). */
export function createMockRuntime(options: MockRuntimeOptions = {}): MockRuntime {
  const startAt = options.startAt ?? SEED_NOW
  const randomSeed = options.randomSeed ?? DEFAULT_RANDOM_SEED
  const clock = createSimClock(startAt, options.speed ?? DEFAULT_SPEED)
  const db = createMockDb(buildSeed, options.seedLeads === false ? undefined : simulateSeedHistory)
  const random = createRandom(randomSeed)
  const faults = createFaultStore()
  const settings = { concurrency: options.concurrency ?? 5, callPlanner: options.callPlanner }
  const context: MockContext = { db, clock, random, settings }
  let timer: ReturnType<typeof setInterval> | null = null

  const tick = () => schedulerTick(context)
  const advance = (ms: number) => runUntil(context, clock.now() + Math.max(0, ms))
  const reset = () => {
    db.reset()
    clock.set(startAt)
    random.reseed(randomSeed)
    faults.reset()
  }
  const concurrency = () => ({
    limit: settings.concurrency,
    in_use: [...db.leads.values()].filter((l) => l.execution.state === 'in_call').length,
  })
  const handlers = createHandlers(
    { context, faults, clock, reset, tick, advance, concurrency },
    options,
  )

  return {
    handlers,
    db,
    clock,
    faults,
    context,
    tick,
    advance,
    reset,
    start() {
      if (timer) return
      let last = Date.now()
      timer = setInterval(() => {
        const now = Date.now()
        advance((now - last) * clock.speed)
        last = now
      }, options.tickIntervalMs ?? 500)
      timer.unref?.()
    },
    stop() {
      if (timer) clearInterval(timer)
      timer = null
    },
    isRunning: () => timer !== null,
  }
}

const SINGLETON = Symbol.for('workflow-console.mock-runtime')
type GlobalWithRuntime = typeof globalThis & { [SINGLETON]?: MockRuntime }

/**
 * The process-wide runtime served by the Vite dev/preview middleware (and later the production
 * and standalone servers): one store, one clock, one scheduler for every browser tab. Created
 * and seeded on first use, and only this one runs the real-time loop. Kept on `globalThis` so
 * module reloads do not fork the state.
 */
export function getMockRuntime(): MockRuntime {
  const host = globalThis as GlobalWithRuntime
  let runtime = host[SINGLETON]
  if (!runtime) {
    runtime = createMockRuntime({ requireAuth: process.env.MOCK_REQUIRE_AUTH === 'true' })
    runtime.start()
    host[SINGLETON] = runtime
  }
  return runtime
}
