import type { LeadRecord } from '../db/types'
import { lookupField } from './conditions'

/** Always available to templates (contract §8.1 built-ins, plus the dial target). */
const BUILTINS = new Set(['phone_number', 'caller_number', 'call_id', 'agent_id', 'agent_name'])

function templateVariables(value: unknown, into: Set<string>) {
  if (typeof value === 'string') {
    for (const match of value.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g))
      if (match[1]) into.add(match[1])
  } else if (Array.isArray(value)) value.forEach((v) => templateVariables(v, into))
  else if (value && typeof value === 'object')
    Object.values(value).forEach((v) => templateVariables(v, into))
}

/**
 * Simulates an APPLICATION action (WhatsApp via Wati, email via Resend, ...): it fails when a
 * mapped `{{variable}}` cannot be resolved, and succeeds otherwise.
 */
export function runApplication(
  config: Record<string, unknown>,
  lead: LeadRecord,
  providerMessageId: string,
) {
  const wanted = new Set<string>()
  templateVariables(config.action_config, wanted)
  const missing = [...wanted].filter(
    (name) => !BUILTINS.has(name) && lookupField(lead, name) === undefined,
  )
  if (missing.length > 0)
    return {
      output: 'failure',
      metadata: {
        provider_key: config.provider_key ?? null,
        missing_fields: missing,
        error_code: 'missing_fields',
      },
    }
  return {
    output: 'success',
    metadata: {
      provider_key: config.provider_key ?? null,
      provider_message_id: providerMessageId,
      missing_fields: [],
    },
  }
}
