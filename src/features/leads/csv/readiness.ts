import type { WorkflowGraph } from '../../../api/schemas/graph'
import type { PhoneNumber } from '../../../api/schemas/resources'
import { callingCodeForNumber } from './calling-codes'

/**
 * What the upload readiness check (contract §8.2) needs to know about the workflow.
 * `allowedCallingCodes: null` = no country restriction known (SIP/BYOC number, unknown country,
 * or the numbers could not be read) — the server then decides.
 */
export type Readiness = {
  hasVoiceCall: boolean
  hasActiveNumber: boolean
  allowedCallingCodes: readonly string[] | null
}

export const NO_READINESS_RULES: Readiness = {
  hasVoiceCall: false,
  hasActiveNumber: true,
  allowedCallingCodes: null,
}

const isSip = (n: PhoneNumber) => /sip|byoc/i.test(n.provider ?? '')

/**
 * Derives the readiness inputs from the graph and the organisation's numbers. A VOICE_CALL node
 * names its number by `phone_number_id` or `from_phone_number` (contract §14.15). `numbers`
 * undefined = not loaded: only the "has VOICE_CALL" fact is kept, the number rules are skipped.
 */
export function deriveReadiness(
  graph: WorkflowGraph | undefined,
  numbers: readonly PhoneNumber[] | undefined,
): Readiness {
  const voiceNodes = (graph?.nodes ?? []).filter((n) => n.nodeType.toUpperCase() === 'VOICE_CALL')
  if (voiceNodes.length === 0 || !numbers) {
    return { ...NO_READINESS_RULES, hasVoiceCall: voiceNodes.length > 0 }
  }
  const used = numbers.filter((number) =>
    voiceNodes.some(
      (node) =>
        node.config.phone_number_id === number.id ||
        node.config.from_phone_number === number.phoneNumber,
    ),
  )
  const active = used.filter((n) => n.isActive)
  if (active.length === 0)
    return { hasVoiceCall: true, hasActiveNumber: false, allowedCallingCodes: [] }
  const codes = active.map((n) =>
    isSip(n) ? null : callingCodeForNumber(n.countryCode, n.phoneNumber),
  )
  // One SIP number or one number of unknown country lifts the country rule.
  const allowed = codes.some((c) => c === null) ? null : [...new Set(codes as string[])]
  return { hasVoiceCall: true, hasActiveNumber: true, allowedCallingCodes: allowed }
}
