/**
 * What a step does to a lead (contract §7, §9.2): a call places a call and routes by its
 * outcome; a wait holds the lead; a condition and an action are instant and route by their
 * result; converted and dropped end the lead. Types the engine does not know pass through.
 */
export type StepKind = 'call' | 'wait' | 'condition' | 'action' | 'converted' | 'dropped' | 'pass'

const KINDS: Record<string, StepKind> = {
  VOICE_CALL: 'call',
  TIME: 'wait',
  CONDITIONAL: 'condition',
  APPLICATION: 'action',
  CONVERTED: 'converted',
  DROPPED: 'dropped',
}

export const stepKind = (nodeType: string): StepKind => KINDS[nodeType] ?? 'pass'

/** The lead status a final step leaves (contract §7.6). */
export const FINAL_LEAD_STATUS = { converted: 'completed', dropped: 'dropped' } as const

export const endsLead = (kind: StepKind): kind is 'converted' | 'dropped' =>
  kind === 'converted' || kind === 'dropped'

/** Condition and action steps, and unknown types, route in the same tick they are entered. */
export const isInstant = (kind: StepKind) =>
  kind === 'condition' || kind === 'action' || kind === 'pass'
