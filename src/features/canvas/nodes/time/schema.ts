import { z } from 'zod'
import { parseConfig } from '../../../../domain/config-cache'
import {
  DURATION_UNITS,
  timeConfigSchema,
  timePcaField,
  type DurationUnit,
} from '../../../../domain/node-config'
import { labelSchema } from '../shared/label-schema'

export const timeFormSchema = z
  .object({
    label: labelSchema,
    time_source: z.enum(['fixed_duration', 'postcall_analysis']),
    /** Text, as typed; checked only for a fixed duration. */
    duration_value: z.string(),
    duration_unit: z.enum(DURATION_UNITS),
    pca_field: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.time_source === 'fixed_duration') {
      const n = Number(v.duration_value)
      if (!/^\s*\d+\s*$/.test(v.duration_value) || n < 1)
        ctx.addIssue({
          code: 'custom',
          path: ['duration_value'],
          message: 'Enter a whole number of 1 or more',
        })
    } else if (!v.pca_field.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: ['pca_field'],
        message: 'Name the post-call analysis field',
      })
    }
  })
export type TimeFormValues = z.input<typeof timeFormSchema>

export const timeDefaults = (): Record<string, unknown> => ({
  time_source: 'fixed_duration',
  duration_value: 1,
  duration_unit: 'days',
})

export function timeFormValues(node: {
  label: string
  config: Record<string, unknown>
}): TimeFormValues {
  const c = timeConfigSchema.parse(node.config)
  const pca = timePcaField(c)
  let value: number | undefined = c.duration_value
  let unit: DurationUnit = c.duration_unit ?? 'hours'
  if (value === undefined && c.delay_hours !== undefined) value = c.delay_hours
  else if (value === undefined && c.delay_minutes !== undefined) {
    value = c.delay_minutes
    unit = 'minutes'
  }
  return {
    label: node.label,
    time_source: c.time_source ?? (pca ? 'postcall_analysis' : 'fixed_duration'),
    duration_value: value === undefined ? '' : String(value),
    duration_unit: unit,
    pca_field: pca ?? '',
  }
}

/** Whole config (the API replaces it); `delay_hours` too when the unit is hours (§14.14). */
export function timeConfig(values: z.output<typeof timeFormSchema>): Record<string, unknown> {
  if (values.time_source === 'postcall_analysis')
    return { time_source: 'postcall_analysis', pca_field: values.pca_field.trim() }
  const n = Number(values.duration_value)
  return {
    time_source: 'fixed_duration',
    duration_value: n,
    duration_unit: values.duration_unit,
    ...(values.duration_unit === 'hours' ? { delay_hours: n } : {}),
  }
}

const plural = (n: number, unit: DurationUnit) => `${n} ${n === 1 ? unit.slice(0, -1) : unit}`

export function summarizeTime(config: Record<string, unknown>): string[] {
  const c = parseConfig(timeConfigSchema, config)
  const pca = timePcaField(c)
  if (c.time_source === 'postcall_analysis' || (pca && c.duration_value === undefined))
    return [pca ? `Until the time in “${pca}”` : 'Post-call field not chosen']
  const { duration_value: value, duration_unit: unit } = timeFormValues({ label: '', config })
  const n = Number(value)
  return value === '' || !Number.isFinite(n) ? ['Duration not set'] : [`Wait ${plural(n, unit)}`]
}
