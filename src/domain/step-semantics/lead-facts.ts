export type FactValue = string | number | boolean

/** What the engine knows about a lead when it evaluates a step. */
export type LeadFacts = {
  variables: Readonly<Record<string, string>>
  /** Attributes of the most recent call (post-call analysis). */
  callAttributes: Readonly<Record<string, FactValue>>
  lastCallStatus: string | null
}

/**
 * Field lookup order (contract §7.3): lead variables → last call's attributes (bare or
 * `postcall_analysis.` prefixed) → last call status.
 */
export function lookupField(facts: LeadFacts, field: string): FactValue | undefined {
  const bare = field.replace(/^postcall_analysis\./, '')
  if (field in facts.variables) return facts.variables[field]
  if (bare in facts.callAttributes) return facts.callAttributes[bare]
  if ((bare === 'call_status' || bare === 'last_call_status') && facts.lastCallStatus !== null)
    return facts.lastCallStatus
  return undefined
}
