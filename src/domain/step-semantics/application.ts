import { lookupField, type LeadFacts } from './lead-facts'

/** Always available to templates (contract §8.1 built-ins, plus the dial target). */
const BUILTINS = new Set(['phone_number', 'caller_number', 'call_id', 'agent_id', 'agent_name'])

function collectVariables(value: unknown, into: Set<string>) {
  if (typeof value === 'string') {
    for (const match of value.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g))
      if (match[1]) into.add(match[1])
  } else if (Array.isArray(value)) value.forEach((v) => collectVariables(v, into))
  else if (value && typeof value === 'object')
    Object.values(value).forEach((v) => collectVariables(v, into))
}

export type ApplicationResult = { output: 'success' | 'failure'; missingFields: string[] }

/**
 * An APPLICATION action (WhatsApp via Wati, email via Resend, ...): it fails when a mapped
 * `{{variable}}` cannot be resolved, and succeeds otherwise (contract §7.5 mock recommendation).
 */
export function applicationResult(
  config: Record<string, unknown>,
  facts: LeadFacts,
): ApplicationResult {
  const wanted = new Set<string>()
  collectVariables(config.action_config, wanted)
  const missingFields = [...wanted].filter(
    (name) => !BUILTINS.has(name) && lookupField(facts, name) === undefined,
  )
  return { output: missingFields.length > 0 ? 'failure' : 'success', missingFields }
}
