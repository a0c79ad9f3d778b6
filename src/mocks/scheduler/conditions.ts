import {
  evaluateConditional as evaluate,
  evaluateRule,
} from '../../domain/step-semantics/conditions'
import { lookupField as lookup, type FactValue } from '../../domain/step-semantics/lead-facts'
import type { LeadRecord } from '../db/types'
import { factsOf } from './lead-facts'

/** The shared condition rules (domain/step-semantics) over a stored lead. */
export { evaluateRule }

export const lookupField = (lead: LeadRecord, field: string): FactValue | undefined =>
  lookup(factsOf(lead), field)

export const evaluateConditional = (config: Record<string, unknown>, lead: LeadRecord) =>
  evaluate(config, factsOf(lead))
