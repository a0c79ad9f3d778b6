import { z } from 'zod'
import { parseConfig } from '../../../../domain/config-cache'
import {
  CONDITION_OPERATORS,
  conditionalConfigSchema,
  operatorNeedsValue,
  type ConditionOperator,
} from '../../../../domain/node-config'
import { labelSchema } from '../shared/label-schema'

export const OPERATOR_TEXT: Record<ConditionOperator, string> = {
  equals: 'equals',
  not_equals: 'does not equal',
  exists: 'exists',
  contains: 'contains',
  greater_than: 'is greater than',
  less_than: 'is less than',
}

const ruleSchema = z
  .object({
    field: z.string().trim().min(1, 'Choose a field'),
    operator: z.enum(CONDITION_OPERATORS, { error: 'Choose an operator' }),
    value: z.string(),
  })
  .superRefine((rule, ctx) => {
    if (operatorNeedsValue(rule.operator) && !rule.value.trim())
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Enter a value to compare with' })
    const numeric = rule.operator === 'greater_than' || rule.operator === 'less_than'
    if (numeric && rule.value.trim() && !Number.isFinite(Number(rule.value)))
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Enter a number' })
  })

export const conditionalFormSchema = z.object({
  label: labelSchema,
  logic: z.enum(['AND', 'OR']),
  conditions: z.array(ruleSchema).min(1, 'Add at least one rule'),
})
export type ConditionalFormValues = z.input<typeof conditionalFormSchema>

export const emptyRule = (): ConditionalFormValues['conditions'][number] => ({
  field: '',
  operator: 'equals',
  value: '',
})

export const conditionalDefaults = (): Record<string, unknown> => ({
  mode: 'rules',
  logic: 'AND',
  conditions: [],
})

const isOperator = (op: string): op is ConditionOperator =>
  (CONDITION_OPERATORS as readonly string[]).includes(op)

export function conditionalFormValues(node: {
  label: string
  config: Record<string, unknown>
}): ConditionalFormValues {
  const c = conditionalConfigSchema.parse(node.config)
  const rules = (c.conditions ?? []).map((r) => ({
    field: r.field,
    operator: isOperator(r.operator) ? r.operator : 'equals',
    value: r.value === undefined ? '' : String(r.value),
  }))
  return {
    label: node.label,
    logic: c.logic ?? 'AND',
    conditions: rules.length ? rules : [emptyRule()],
  }
}

/** Rules mode (the builder's default, §14.13); numeric operators store numbers. */
export function conditionalConfig(
  values: z.output<typeof conditionalFormSchema>,
): Record<string, unknown> {
  return {
    mode: 'rules',
    logic: values.logic,
    conditions: values.conditions.map((r) => {
      if (!operatorNeedsValue(r.operator)) return { field: r.field, operator: r.operator }
      const numeric = r.operator === 'greater_than' || r.operator === 'less_than'
      return { field: r.field, operator: r.operator, value: numeric ? Number(r.value) : r.value }
    }),
  }
}

export function summarizeConditional(config: Record<string, unknown>): string[] {
  const c = parseConfig(conditionalConfigSchema, config)
  if (c.mode === 'branch' || (!c.conditions && c.condition_field))
    return [
      `Branch on ${c.condition_field ?? '?'}: ${(c.branches ?? []).join(', ') || 'no branches'}`,
    ]
  const rules = (c.conditions ?? []).filter((r) => r.field)
  if (!rules.length) return ['No rule yet']
  const text = rules.slice(0, 2).map((r) => {
    const op = isOperator(r.operator) ? OPERATOR_TEXT[r.operator] : r.operator
    return operatorNeedsValue(r.operator)
      ? `${r.field} ${op} ${String(r.value ?? '')}`
      : `${r.field} ${op}`
  })
  const more = rules.length > 2 ? ` (+${rules.length - 2} more)` : ''
  return [`If ${text.join(` ${c.logic ?? 'AND'} `)}${more}`]
}
