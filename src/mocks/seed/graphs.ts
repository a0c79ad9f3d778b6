import {
  appointmentReadyGraph,
  cartAbandonmentGraph,
  feedbackGraph,
  winbackGraph,
} from './graphs-drafts'
import {
  demoFollowupGraph,
  feeReminderGraph,
  kycGraph,
  legacyNameGraph,
  legacyRunningGraph,
  npsGraph,
  nurtureGraph,
  reengageGraph,
  renewalGraph,
  webinarGraph,
} from './graphs-live'

/** Every seeded graph, freshly built (`siteVisit` has none on purpose). */
export function buildSeedGraphs() {
  return {
    nurture: nurtureGraph(),
    reengage: reengageGraph(),
    kyc: kycGraph(),
    legacyRunning: legacyRunningGraph(),
    renewal: renewalGraph(),
    legacyName: legacyNameGraph(),
    nps: npsGraph(),
    demoFollowup: demoFollowupGraph(),
    webinar: webinarGraph(),
    feeReminder: feeReminderGraph(),
    appointmentReady: appointmentReadyGraph(),
    cartAbandonment: cartAbandonmentGraph(),
    winback: winbackGraph(),
    feedback: feedbackGraph(),
  }
}

export type SeedGraphs = ReturnType<typeof buildSeedGraphs>
