import { applicationResult } from '../../domain/step-semantics/application'
import type { LeadRecord } from '../db/types'
import { factsOf } from './lead-facts'

/** The shared APPLICATION rule, with the invocation evidence the mock records (contract §7.5). */
export function runApplication(
  config: Record<string, unknown>,
  lead: LeadRecord,
  providerMessageId: string,
) {
  const { output, missingFields } = applicationResult(config, factsOf(lead))
  const provider_key = config.provider_key ?? null
  if (output === 'failure')
    return {
      output,
      metadata: { provider_key, missing_fields: missingFields, error_code: 'missing_fields' },
    }
  return {
    output,
    metadata: { provider_key, provider_message_id: providerMessageId, missing_fields: [] },
  }
}
