import { z } from 'zod'
import { parseConfig } from '../../../../domain/config-cache'
import { voiceCallConfigSchema } from '../../../../domain/node-config'
import type { Lookups } from '../../lookups'
import { labelSchema } from '../shared/label-schema'

type Allowed = { agentIds: ReadonlySet<string>; numberIds: ReadonlySet<string> }

/**
 * The VOICE_CALL form: an agent and a from-number are required. With `allowed`, only the
 * pickable ones (published agents, active numbers with an outbound agent) pass.
 */
export function makeVoiceCallFormSchema(allowed: Allowed | null) {
  return z.object({
    label: labelSchema,
    agent_id: z
      .string()
      .min(1, 'Choose the agent who makes the call')
      .refine(
        (id) => !allowed || allowed.agentIds.has(id),
        'This agent is not published; choose another',
      ),
    phone_number_id: z
      .string()
      .min(1, 'Choose the number to call from')
      .refine(
        (id) => !allowed || allowed.numberIds.has(id),
        'This number is inactive or has no outbound agent; choose another',
      ),
  })
}
export const voiceCallFormSchema = makeVoiceCallFormSchema(null)
export type VoiceCallFormValues = z.input<typeof voiceCallFormSchema>

export const voiceCallDefaults = (): Record<string, unknown> => ({})

export function voiceCallFormValues(
  node: { label: string; config: Record<string, unknown> },
  lookups: Lookups,
): VoiceCallFormValues {
  const config = voiceCallConfigSchema.parse(node.config)
  const byNumber = config.from_phone_number
    ? lookups.phoneByE164.get(config.from_phone_number)?.id
    : undefined
  return {
    label: node.label,
    agent_id: config.agent_id ?? '',
    phone_number_id: config.phone_number_id ?? byNumber ?? '',
  }
}

/** The config sent to the API: agent, the picked number's E.164 string and its id (§14.15). */
export function voiceCallConfig(
  values: z.output<typeof voiceCallFormSchema>,
  lookups: Lookups,
): Record<string, unknown> {
  const number = lookups.phoneNumbers.get(values.phone_number_id)
  return {
    agent_id: values.agent_id,
    from_phone_number: number?.phoneNumber ?? '',
    phone_number_id: values.phone_number_id,
  }
}

export function summarizeVoiceCall(config: Record<string, unknown>, lookups: Lookups): string[] {
  const c = parseConfig(voiceCallConfigSchema, config)
  const agent = c.agent_id ? (lookups.agents.get(c.agent_id)?.name ?? c.agent_id) : 'not chosen'
  const number =
    (c.phone_number_id ? lookups.phoneNumbers.get(c.phone_number_id) : undefined) ??
    (c.from_phone_number ? lookups.phoneByE164.get(c.from_phone_number) : undefined)
  const from = number
    ? number.displayName === number.phoneNumber
      ? number.phoneNumber
      : `${number.displayName} (${number.phoneNumber})`
    : c.from_phone_number || 'not chosen'
  return [`Agent: ${agent}`, `From: ${from}`]
}
