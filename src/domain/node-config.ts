import { z } from 'zod'

/**
 * Node config shapes (contract §7). Stored configs are read leniently (drafts may be
 * incomplete; the API accepts several key spellings); the `...Form` schemas are what the
 * side-panel forms demand before saving.
 */

export const DURATION_UNITS = ['minutes', 'hours', 'days'] as const
export type DurationUnit = (typeof DURATION_UNITS)[number]

export const CONDITION_OPERATORS = [
  'equals',
  'not_equals',
  'exists',
  'contains',
  'greater_than',
  'less_than',
] as const
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number]

/** `exists` needs no value; every other operator compares against one. */
export function operatorNeedsValue(op: string): boolean {
  return op !== 'exists'
}

const optionalString = z.string().optional().catch(undefined)
const optionalNumber = z.coerce.number().optional().catch(undefined)

export const voiceCallConfigSchema = z.looseObject({
  agent_id: optionalString,
  from_phone_number: optionalString,
  phone_number_id: optionalString,
})
export type VoiceCallConfig = z.infer<typeof voiceCallConfigSchema>

export const timeConfigSchema = z.looseObject({
  time_source: z.enum(['fixed_duration', 'postcall_analysis']).optional().catch(undefined),
  duration_value: optionalNumber,
  duration_unit: z.enum(DURATION_UNITS).optional().catch(undefined),
  delay_hours: optionalNumber,
  delay_minutes: optionalNumber,
  pca_field: optionalString,
  postcall_analysis_field: optionalString,
})
export type TimeConfig = z.infer<typeof timeConfigSchema>

export const conditionSchema = z.looseObject({
  field: z.string().catch(''),
  operator: z.string().catch(''),
  value: z.union([z.string(), z.number(), z.boolean()]).optional().catch(undefined),
})
export type Condition = z.infer<typeof conditionSchema>

export const conditionalConfigSchema = z.looseObject({
  mode: z.enum(['rules', 'branch']).optional().catch(undefined),
  logic: z.enum(['AND', 'OR']).optional().catch(undefined),
  conditions: z.array(conditionSchema).optional().catch(undefined),
  condition_field: optionalString,
  branches: z.array(z.string()).optional().catch(undefined),
})
export type ConditionalConfig = z.infer<typeof conditionalConfigSchema>

export const applicationConfigSchema = z.looseObject({
  provider_key: optionalString,
  adapter_key: optionalString,
  action_key: optionalString,
  function_key: optionalString,
  action_config: z.record(z.string(), z.unknown()).optional().catch(undefined),
  outputs: z
    .looseObject({ success: optionalString, failure: optionalString })
    .optional()
    .catch(undefined),
})
export type ApplicationConfig = z.infer<typeof applicationConfigSchema>

const UNIT_MS: Record<DurationUnit, number> = {
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
}

/** A fixed delay in ms from any accepted TIME spelling; `null` when none is set. */
export function timeDelayMs(config: TimeConfig): number | null {
  if (config.duration_value !== undefined && config.duration_unit)
    return config.duration_value * UNIT_MS[config.duration_unit]
  if (config.delay_hours !== undefined) return config.delay_hours * UNIT_MS.hours
  if (config.delay_minutes !== undefined) return config.delay_minutes * UNIT_MS.minutes
  return null
}

/** The post-call-analysis field a TIME node reads, if it is in PCA mode. */
export function timePcaField(config: TimeConfig): string | null {
  const field = config.pca_field ?? config.postcall_analysis_field
  return field?.trim() ? field.trim() : null
}

/** `{{name}}` references in a template string. */
export function templateVariables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)].map((m) => m[1] ?? '')
}

/** Built-ins injected on every call (contract §8.1). */
export const BUILTIN_VARIABLES = ['caller_number', 'call_id', 'agent_id', 'agent_name'] as const
