import type { SimClock } from '../clock'
import { badRequest } from '../errors'
import { parseFaultPatch, type FaultStore } from '../faults'
import { asObjectBody } from '../workflows/workflow-input'
import { readJsonBody } from './respond'
import type { Router } from './route'

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
      if (speed !== undefined && !(typeof speed === 'number' && speed >= 0))
        problems.push('speed must be a non-negative number (simulated ms per real ms)')
      if (advanceMs !== undefined && !(typeof advanceMs === 'number' && advanceMs >= 0))
        problems.push('advance_ms must be a non-negative number')
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
