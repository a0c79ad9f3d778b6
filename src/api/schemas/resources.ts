import { z } from 'zod'
import { unwrap } from '../envelope'

const text = z
  .string()
  .nullish()
  .transform((s) => s ?? undefined)

/** One post-call analysis field of an agent: TEXT, SELECTOR (with options), BOOLEAN, NUMBER, DateTime. */
const analysisFieldSchema = z
  .looseObject({
    name: z.string().min(1),
    type: z.string().nullish(),
    options: z.array(z.union([z.string(), z.number()])).nullish(),
    description: text,
  })
  .transform((f) => ({
    name: f.name,
    type: (f.type ?? 'TEXT').toUpperCase(),
    options: (f.options ?? []).map(String),
    description: f.description,
  }))
export type AnalysisField = z.output<typeof analysisFieldSchema>

type AgentShape = {
  id: string
  name: string
  isPublished: boolean
  isDeleted: boolean
  timezone: string | undefined
  /** Texts that may hold `{{variables}}`. */
  templates: string[]
  /** Post-call analysis fields (contract §11.4), when the API says; unreadable entries dropped. */
  analysisFields?: AnalysisField[]
}

/** An agent (`GET /agents2`, tier-A shape; tier-C fields tolerated). */
export const agentSchema = z
  .looseObject({
    id: z.string().min(1),
    name: text,
    is_deleted: z.boolean().nullish(),
    timezone: text,
    current_version: z
      .looseObject({
        title: text,
        is_published: z.boolean().nullish(),
        prompts: z.looseObject({ prompt_text: text, welcome_message: text }).nullish(),
        post_call_analysis: z.array(z.unknown()).nullish().catch(undefined),
      })
      .nullish(),
  })
  .transform((a): AgentShape => ({
    id: a.id,
    name: a.current_version?.title ?? a.name ?? a.id,
    isPublished: a.current_version?.is_published === true && a.is_deleted !== true,
    isDeleted: a.is_deleted === true,
    timezone: a.timezone,
    templates: [
      a.current_version?.prompts?.prompt_text,
      a.current_version?.prompts?.welcome_message,
    ].filter((t): t is string => typeof t === 'string' && t.length > 0),
    analysisFields: (a.current_version?.post_call_analysis ?? []).flatMap((f) => {
      const parsed = analysisFieldSchema.safeParse(f)
      return parsed.success ? [parsed.data] : []
    }),
  }))
export type Agent = z.output<typeof agentSchema>

/** A phone number (`GET /organization-phone-numbers`). */
export const phoneNumberSchema = z
  .looseObject({
    id: z.string().min(1),
    phone_number: z.string().min(1),
    nickname: text,
    label: text,
    status: text,
    agent_id: text,
    outbound_agent_id: text,
    provider: text,
    country_code: text,
  })
  .transform((p) => ({
    id: p.id,
    phoneNumber: p.phone_number,
    displayName: p.nickname ?? p.label ?? p.phone_number,
    status: p.status ?? 'unknown',
    isActive: p.status === 'active',
    outboundAgentId: p.outbound_agent_id ?? p.agent_id ?? null,
    provider: p.provider,
    countryCode: p.country_code,
  }))
export type PhoneNumber = z.output<typeof phoneNumberSchema>

/** `{keys}`, `{variables}` or tier-C `{data:{keys}}` (contract §14.24). */
export const variableKeysSchema = z.preprocess(
  unwrap,
  z
    .looseObject({
      keys: z.array(z.string()).optional(),
      variables: z.array(z.string()).optional(),
    })
    .transform((b) => b.keys ?? b.variables ?? []),
)
