/** Everything the forecast simulation reads and returns; plain data, so it crosses to a worker. */

export type ForecastStep = { id: string; nodeType: string; config: Record<string, unknown> }
export type ForecastLink = { id: string; source: string; target: string; label: string | null }

export type ForecastLead = {
  id: string
  phoneNumber: string
  variables: Record<string, string>
  /** Where the lead is now; `null` = not started (it begins at the entry step). */
  nodeId: string | null
}

/** Shares of a step's outputs, keyed by output (`COMPLETED`, `true`, `success`, a branch name). */
export type OutputShares = Record<string, number>

export type StepRates = {
  shares: OutputShares
  source: 'history' | 'assumed'
  /** How many times the history saw the step finish (0 when assumed). */
  samples: number
  /** Minutes a completed call lasts at this call step. */
  completedCallMinutes?: number
}

export type Assumptions = {
  completedShare: number
  didNotPickShare: number
  /** Failed = the rest. */
  completedCallMinutes: number
  /** A call not picked up or failed holds a line this long. */
  shortCallMinutes: number
  conditionTrueShare: number
  /** How long a wait on a post-call-analysis time is assumed to hold. */
  pcaWaitHours: number
}

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  completedShare: 0.55,
  didNotPickShare: 0.3,
  completedCallMinutes: 3,
  shortCallMinutes: 0.75,
  conditionTrueShare: 0.5,
  pcaWaitHours: 24,
}

export type CallingWindow = { startMinute: number; endMinute: number }

export type ForecastInput = {
  steps: ForecastStep[]
  links: ForecastLink[]
  leads: ForecastLead[]
  startAt: number
  days: number
  concurrency: number
  window: CallingWindow
  assumptions: Assumptions
  /** Per step id, where the workflow's history gives them. */
  history: Record<string, StepRates>
  seed: number
}

export type LeadZone = { zone: string; approximate: boolean }

export type OutsideWindowDay = {
  /** Local calendar date of the calls, `YYYY-MM-DD`. */
  date: string
  calls: number
  leads: { phoneNumber: string; zone: string; approximate: boolean }[]
  /** Leads concerned beyond the ones listed. */
  moreLeads: number
}

export type ForecastResult = {
  startAt: number
  hours: {
    /** Calls started in each hour from `startAt`. */
    calls: number[]
    /** Most lines in use at once during the hour. */
    peakLines: number[]
    /** 1 where some lead waited for a free line during the hour. */
    queueing: number[]
    callMinutes: number[]
  }
  totals: {
    leads: number
    calls: number
    callMinutes: number
    converted: number
    dropped: number
    /** Leads left on a step with no matching edge (contract §9.2). */
    stuck: number
    /** Leads still moving when the simulated days end. */
    unfinished: number
    waitedOverAnHour: number
    outsideWindow: number
    approximateZones: number
  }
  /** When the last lead reaches a final step (or is left stuck); `null` if none does. */
  finishAt: number | null
  outsideWindow: OutsideWindowDay[]
  rates: Record<string, StepRates>
  elapsedMs: number
}
