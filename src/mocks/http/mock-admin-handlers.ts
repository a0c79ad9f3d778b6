import type { SimClock } from '../clock'
import { badRequest } from '../errors'
import { parseFaultPatch, type FaultStore } from '../faults'
import { asObjectBody } from '../workflows/workflow-input'
import { readJsonBody } from './respond'
import type { Router } from './route'
import { formatCount } from '../../domain/format-count'

/** The demo speeds go up to one day per second; far beyond that a tick would skip whole waits. */
const MAX_SPEED = 1_000_000
/** One jump of the simulated clock moves at most a year (dates stay valid, ticks stay short). */
const MAX_ADVANCE_MS = 366 * 24 * 3_600_000

/** Absent, or a finite number in [0, max]. */
function isNumberWithin(value: unknown, max: number): boolean {
  return (
    value === undefined ||
    (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max)
  )
}

export type AdminDeps = {
  clock: SimClock
  faults: FaultStore
  reset(): void
  tick(): void
  /** Move simulated time forward, ticking at every due event on the way. */
  advance(ms: number): void
  /** Workspace call slots: limit and in use. */
  concurrency(): { limit: number; in_use: number }
}

/**
 * Private mock extensions under `/v1/__mock/` — not part of the DialNexa contract, never
 * faulted. Used by demos, Playwright and the standalone server.
 */
export function mockAdminHandlers(route: Router, deps: AdminDeps) {
  const clockState = () => ({
    now: deps.clock.iso(),
    now_ms: deps.clock.now(),
    speed: deps.clock.speed,
  })
  return [
    route.post('/__mock/reset', () => {
      deps.reset()
      return { message: 'Mock store reset to seed.', clock: clockState() }
    }),
    route.get('/__mock/state', () => ({
      clock: clockState(),
      faults: deps.faults.get(),
      concurrency: deps.concurrency(),
    })),
    route.get('/__mock/faults', () => deps.faults.get()),
    route.post('/__mock/faults', async ({ request }) => {
      const body = await readJsonBody(request)
      if (asObjectBody(body).reset === true) {
        deps.faults.reset()
        return deps.faults.get()
      }
      const { patch, problems } = parseFaultPatch(body)
      if (problems.length > 0) throw badRequest(problems)
      return deps.faults.set(patch)
    }),
    route.get('/__mock/clock', () => clockState()),
    route.post('/__mock/clock', async ({ request }) => {
      const body = asObjectBody(await readJsonBody(request))
      const problems: string[] = []
      const { speed, advance_ms: advanceMs } = body
      if (!isNumberWithin(speed, MAX_SPEED))
        problems.push(
          `speed must be a number from 0 to ${formatCount(MAX_SPEED)} (simulated ms per real ms; 86,400 is one day per second)`,
        )
      if (!isNumberWithin(advanceMs, MAX_ADVANCE_MS))
        problems.push(
          `advance_ms must be a number from 0 to ${formatCount(MAX_ADVANCE_MS)} (one year)`,
        )
      if (problems.length > 0) throw badRequest(problems)
      if (typeof speed === 'number') deps.clock.setSpeed(speed)
      if (typeof advanceMs === 'number' && advanceMs > 0) {
        deps.advance(advanceMs)
      }
      return clockState()
    }),
    route.post('/__mock/tick', () => {
      deps.tick()
      return clockState()
    }),
  ]
}
