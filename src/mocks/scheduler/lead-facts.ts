import type { LeadFacts } from '../../domain/step-semantics/lead-facts'
import type { LeadRecord } from '../db/types'

/** The stored lead as the shared step semantics read it. */
export const factsOf = (lead: LeadRecord): LeadFacts => ({
  variables: lead.variables,
  callAttributes: lead.call_attributes,
  lastCallStatus: lead.last_call_status,
})
