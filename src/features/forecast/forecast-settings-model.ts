import { DEFAULT_ASSUMPTIONS, type Assumptions } from './simulation/forecast-types'

export type ForecastSettings = {
  concurrency: number
  days: number
  windowStart: string
  windowEnd: string
  /** For a workflow without leads: how many to imagine, and a number to place them by. */
  typedLeads: number
  typedPhone: string
  assumptions: Assumptions
}

const LIMIT_KEY = 'workflow-console:concurrency-limit'
/** Contract §10.1: the Starter plan's limit. */
export const DEFAULT_CONCURRENCY = 5

/** The workspace's concurrency limit is a console setting kept in this browser. */
export function readConcurrencyLimit(): number {
  try {
    const n = Number(localStorage.getItem(LIMIT_KEY))
    return Number.isInteger(n) && n >= 1 ? n : DEFAULT_CONCURRENCY
  } catch {
    return DEFAULT_CONCURRENCY
  }
}
export function keepConcurrencyLimit(n: number) {
  try {
    localStorage.setItem(LIMIT_KEY, String(n))
  } catch {
    // Private mode without storage: the setting lasts for this page only.
  }
}

export const initialSettings = (): ForecastSettings => ({
  concurrency: readConcurrencyLimit(),
  days: 14,
  windowStart: '09:00',
  windowEnd: '21:00',
  typedLeads: 100,
  typedPhone: '+919800000000',
  assumptions: DEFAULT_ASSUMPTIONS,
})

export const toMinute = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number)
  return Number.isFinite(h) && Number.isFinite(m) ? (h as number) * 60 + (m as number) : 0
}

/** Values the simulation can run with; anything out of range is clamped, never rejected. */
export function usableSettings(s: ForecastSettings): ForecastSettings {
  const clamp = (n: number, lo: number, hi: number) =>
    Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo
  const share = (n: number) => clamp(n, 0, 1)
  return {
    ...s,
    concurrency: Math.round(clamp(s.concurrency, 1, 1000)),
    days: Math.round(clamp(s.days, 1, 60)),
    typedLeads: Math.round(clamp(s.typedLeads, 0, 20_000)),
    assumptions: {
      completedShare: share(s.assumptions.completedShare),
      didNotPickShare: share(
        Math.min(s.assumptions.didNotPickShare, 1 - s.assumptions.completedShare),
      ),
      completedCallMinutes: clamp(s.assumptions.completedCallMinutes, 0.1, 120),
      shortCallMinutes: clamp(s.assumptions.shortCallMinutes, 0.1, 30),
      conditionTrueShare: share(s.assumptions.conditionTrueShare),
      pcaWaitHours: clamp(s.assumptions.pcaWaitHours, 0, 24 * 30),
    },
  }
}
