import { SEED_WORKFLOWS as W } from './workflows'

/**
 * Uploaded column names per seeded workflow (first-seen order). Seeded leads use exactly these
 * columns. Every agent prompt of a seeded graph is covered, except Meera's `{{membership_tier}}`
 * on the win-back draft (deliberate).
 */
export const SEED_VARIABLE_KEYS: Partial<Record<string, string[]>> = {
  [W.nurture.id]: ['first_name', 'loan_amount', 'city', 'branch'],
  [W.reengage.id]: ['first_name', 'last_order', 'email'],
  [W.kyc.id]: ['first_name', 'email', 'account_number'],
  [W.legacyRunning.id]: ['first_name', 'emi_amount', 'due_date'],
  [W.renewal.id]: ['first_name', 'policy_number', 'renewal_date', 'vehicle'],
  [W.legacyName.id]: ['first_name', 'card_type'],
  [W.nps.id]: ['first_name', 'account_manager'],
  [W.demoFollowup.id]: ['first_name', 'company', 'city'],
  [W.webinar.id]: ['first_name', 'webinar_title'],
  [W.appointmentReady.id]: ['first_name', 'appointment_time', 'clinic_name'],
  [W.winback.id]: ['first_name', 'last_visit'],
}
