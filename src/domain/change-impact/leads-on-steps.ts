import { formatCount } from '../format-count'

/** A lead that is moving through the graph (status active), as far as a change can affect it. */
export type LeadInFlight = {
  id: string
  phoneNumber: string
  currentNodeId: string | null
  /** In a live call on its step: the call finishes with the old settings (contract §9.4). */
  inCall: boolean
}

export type LeadsOnStep = { waiting: LeadInFlight[]; inCall: LeadInFlight[] }

/** Leads in flight grouped by the step they sit on; leads not yet placed on a step are left out. */
export function groupLeadsByStep(leads: readonly LeadInFlight[]): Map<string, LeadsOnStep> {
  const byStep = new Map<string, LeadsOnStep>()
  for (const lead of leads) {
    if (!lead.currentNodeId) continue
    let entry = byStep.get(lead.currentNodeId)
    if (!entry) {
      entry = { waiting: [], inCall: [] }
      byStep.set(lead.currentNodeId, entry)
    }
    ;(lead.inCall ? entry.inCall : entry.waiting).push(lead)
  }
  return byStep
}

export const countOn = (entry: LeadsOnStep | undefined) =>
  (entry?.waiting.length ?? 0) + (entry?.inCall.length ?? 0)

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${formatCount(n)} ${n === 1 ? one : many}`

/** "2 leads are waiting in …", "1 lead is in a call in …", "3 leads are in … (2 waiting, 1 in a call)". */
export function whoIsThere(entry: LeadsOnStep, stepName: string): string {
  const waiting = entry.waiting.length
  const inCall = entry.inCall.length
  const total = waiting + inCall
  const verb = total === 1 ? 'is' : 'are'
  if (!inCall) return `${plural(total, 'lead')} ${verb} waiting in ${stepName}`
  if (!waiting) return `${plural(total, 'lead')} ${verb} in a call in ${stepName}`
  return `${plural(total, 'lead')} ${verb} in ${stepName} (${waiting} waiting, ${inCall} in a call)`
}
