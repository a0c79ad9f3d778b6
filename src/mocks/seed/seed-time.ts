/** Every seeded timestamp is relative to this fixed instant, so tests are stable. */
export const SEED_NOW_ISO = '2026-11-01T09:00:00.000Z'
export const SEED_NOW = Date.parse(SEED_NOW_ISO)
export const ORGANIZATION_ID = 'org_dialnexademo'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** ISO time `days` days (+ `hours` hours) before the seed instant. */
export function daysAgo(days: number, hours = 0): string {
  return new Date(SEED_NOW - days * DAY - hours * HOUR).toISOString()
}

/** Simulated epoch ms `minutes` minutes after (positive) or before (negative) the seed instant. */
export function seedMs(minutes: number): number {
  return SEED_NOW + minutes * 60_000
}
