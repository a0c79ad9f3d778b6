import type { Agent, PhoneNumber } from '../../api/schemas/resources'

/** API resources that node summaries and forms resolve ids against. */
export type Lookups = {
  agents: ReadonlyMap<string, Agent>
  phoneNumbers: ReadonlyMap<string, PhoneNumber>
  /** Phone numbers by their E.164 string (configs may carry only `from_phone_number`). */
  phoneByE164: ReadonlyMap<string, PhoneNumber>
}

export function buildLookups(
  agents: readonly Agent[] = [],
  numbers: readonly PhoneNumber[] = [],
): Lookups {
  return {
    agents: new Map(agents.map((a) => [a.id, a])),
    phoneNumbers: new Map(numbers.map((p) => [p.id, p])),
    phoneByE164: new Map(numbers.map((p) => [p.phoneNumber, p])),
  }
}

export const EMPTY_LOOKUPS = buildLookups()

/** Agents a VOICE_CALL may use: published and not deleted (contract §11.1). */
export const isSelectableAgent = (a: Agent) => a.isPublished && !a.isDeleted

/** Numbers a VOICE_CALL may call from: active with an outbound agent (contract §11.2). */
export const isSelectableNumber = (p: PhoneNumber) => p.isActive && p.outboundAgentId !== null
