import type { StoredWorkflowStatus, WorkflowRecord } from '../db/types'
import { daysAgo, ORGANIZATION_ID } from './seed-time'

type SeedWorkflow = {
  id: string
  title: string
  description: string
  status: StoredWorkflowStatus
  createdDaysAgo: number
  updatedDaysAgo: number
  lastTriggeredDaysAgo?: number
  legacy?: WorkflowRecord['legacy']
}

/** Hostile markup for tests (never in the demo seed: a prospect should not see it). */
export const XSS_TITLE = '<img src=x onerror=alert(1)>'

/**
 * Seeded workflows. Ids are stable so tests and demos can address them directly. Which graphs
 * carry deliberate mistakes is documented in `seed/graphs.ts`.
 */
export const SEED_WORKFLOWS = {
  nurture: {
    id: 'wf_nurture00001',
    title: 'Loan pre-approval nurture',
    description:
      'Calls pre-approved applicants, retries non-pickups twice and books a branch visit.',
    status: 'active',
    createdDaysAgo: 62,
    updatedDaysAgo: 9,
    lastTriggeredDaysAgo: 0,
  },
  reengage: {
    id: 'wf_reengage0001',
    title: 'Dormant customer re-engagement',
    description:
      'Wins back customers with no purchase in 90 days; interested ones get a WhatsApp offer.',
    status: 'active',
    createdDaysAgo: 48,
    updatedDaysAgo: 20,
    lastTriggeredDaysAgo: 1,
  },
  kyc: {
    id: 'wf_kycremind001',
    title: 'KYC document reminder',
    description: 'Reminds account holders to upload pending KYC documents before the deadline.',
    status: 'active',
    createdDaysAgo: 30,
    updatedDaysAgo: 28,
    lastTriggeredDaysAgo: 0,
  },
  legacyRunning: {
    id: 'wf_legacyrun001',
    title: 'EMI due-date reminder (legacy)',
    description: 'Created before the status rename; the API still reports it as running.',
    status: 'running',
    createdDaysAgo: 140,
    updatedDaysAgo: 110,
    lastTriggeredDaysAgo: 2,
    legacy: { runningStatus: true },
  },
  renewal: {
    id: 'wf_renewal00001',
    title: 'Insurance renewal follow-up',
    description:
      'Follows up on motor policies expiring within 30 days. Paused during the pricing review.',
    status: 'paused',
    createdDaysAgo: 75,
    updatedDaysAgo: 4,
    lastTriggeredDaysAgo: 4,
  },
  legacyName: {
    id: 'wf_legacyname01',
    title: 'Credit card upsell (legacy)',
    description: 'An older workflow whose API record only carries `name`.',
    status: 'paused',
    createdDaysAgo: 160,
    updatedDaysAgo: 95,
    lastTriggeredDaysAgo: 96,
    legacy: { nameOnly: true },
  },
  nps: {
    id: 'wf_npssurvey001',
    title: 'Quarterly NPS survey',
    description: 'One short survey call per customer; detractors are flagged for a callback.',
    status: 'completed',
    createdDaysAgo: 120,
    updatedDaysAgo: 88,
    lastTriggeredDaysAgo: 88,
  },
  demoFollowup: {
    id: 'wf_demofollow01',
    title: 'SaaS demo follow-up',
    description: 'Calls trial users the day after their product demo.',
    status: 'completed',
    createdDaysAgo: 100,
    updatedDaysAgo: 70,
    lastTriggeredDaysAgo: 70,
  },
  webinar: {
    id: 'wf_webinar00001',
    title: 'Webinar no-show callback',
    description: 'Calls registrants who missed the live webinar and shares the recording.',
    status: 'cancelled',
    createdDaysAgo: 55,
    updatedDaysAgo: 50,
    lastTriggeredDaysAgo: 51,
  },
  feeReminder: {
    id: 'wf_feeremind001',
    title: 'School fee payment reminder',
    description: 'Term fee reminders; cancelled after the school switched to SMS.',
    status: 'cancelled',
    createdDaysAgo: 90,
    updatedDaysAgo: 85,
  },
  appointmentReady: {
    id: 'wf_apptready001',
    title: 'Appointment reminder (ready)',
    description: 'Complete and valid: confirms tomorrow’s clinic appointments. Ready to activate.',
    status: 'draft',
    createdDaysAgo: 3,
    updatedDaysAgo: 1,
  },
  cartAbandonment: {
    id: 'wf_cartabandn01',
    title: 'Cart abandonment recovery',
    description: 'Draft: calls shoppers who left items in the cart. Still has configuration gaps.',
    status: 'draft',
    createdDaysAgo: 12,
    updatedDaysAgo: 2,
  },
  winback: {
    id: 'wf_gymwinback01',
    title: 'Gym membership win-back',
    description: 'Draft: re-activates lapsed members. The graph is half-wired.',
    status: 'draft',
    createdDaysAgo: 18,
    updatedDaysAgo: 6,
  },
  feedback: {
    id: 'wf_feedback0001',
    title: 'Post-delivery feedback call',
    description:
      'Draft: asks about the delivery experience. Uses an unpublished agent and an inactive number.',
    status: 'draft',
    createdDaysAgo: 8,
    updatedDaysAgo: 5,
  },
  siteVisit: {
    id: 'wf_sitevisit001',
    title: 'Property site-visit booking',
    description: 'Empty draft: nothing on the canvas yet.',
    status: 'draft',
    createdDaysAgo: 1,
    updatedDaysAgo: 1,
  },
} as const satisfies Record<string, SeedWorkflow>

export type SeedWorkflowKey = keyof typeof SEED_WORKFLOWS

export function seedWorkflowRecords(
  variableKeys: Partial<Record<string, string[]>>,
): WorkflowRecord[] {
  return Object.values(SEED_WORKFLOWS).map((w: SeedWorkflow) => ({
    id: w.id,
    organization_id: ORGANIZATION_ID,
    title: w.title,
    description: w.description,
    status: w.status,
    created_at: daysAgo(w.createdDaysAgo),
    updated_at: daysAgo(w.updatedDaysAgo),
    last_triggered_at:
      w.lastTriggeredDaysAgo === undefined ? null : daysAgo(w.lastTriggeredDaysAgo, 2),
    variable_keys: [...(variableKeys[w.id] ?? [])],
    legacy: w.legacy ? { ...w.legacy } : null,
  }))
}
