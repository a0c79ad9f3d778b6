import type { SimClock } from './clock'
import type { MockDb } from './db/mock-db'
import type { Random } from './random'

/** What the pure services need: the store, simulated time and a seeded PRNG. */
export type MockContext = {
  db: MockDb
  clock: SimClock
  random: Random
}
