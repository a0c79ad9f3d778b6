import type { LeadRecord } from '../db/types'
import { conditionalBranches, conditionalRules, text, type Rule } from '../graph/node-config'

type Value = string | number | boolean

/**
 * Field lookup order (contract §7.3): lead variables → last call's attributes (bare or
 * `postcall_analysis.` prefixed) → last call status.
 */
export function lookupField(lead: LeadRecord, field: string): Value | undefined {
  const bare = field.replace(/^postcall_analysis\./, '')
  if (field in lead.variables) return lead.variables[field]
  if (bare in lead.call_attributes) return lead.call_attributes[bare]
  if ((bare === 'call_status' || bare === 'last_call_status') && lead.last_call_status !== null)
    return lead.last_call_status
  return undefined
}

const asNumber = (value: unknown): number | null => {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim()
        ? Number(value)
        : NaN
  return Number.isFinite(n) ? n : null
}

export function evaluateRule(rule: Rule, actual: Value | undefined): boolean {
  if (rule.operator === 'exists') return actual !== undefined && String(actual).trim() !== ''
  // A missing field makes every comparison false (contract §7.3).
  if (actual === undefined) return false
  const left = String(actual).trim()
  const right = String(rule.value ?? '').trim()
  switch (rule.operator) {
    case 'equals':
      return left === right
    case 'not_equals':
      return left !== right
    case 'contains':
      return left.toLowerCase().includes(right.toLowerCase())
    case 'greater_than':
    case 'less_than': {
      const a = asNumber(actual)
      const b = asNumber(rule.value)
      if (a === null || b === null) return false
      return rule.operator === 'greater_than' ? a > b : a < b
    }
    default:
      return false
  }
}

/** The output a CONDITIONAL emits: `true`/`false`, or the matching branch name in branch mode. */
export function evaluateConditional(
  config: Record<string, unknown>,
  lead: LeadRecord,
): string | null {
  const branches = conditionalBranches(config)
  if (branches) {
    const value = lookupField(lead, text(config, 'condition_field') ?? 'call_status')
    const wanted = String(value ?? '').toLowerCase()
    return branches.find((b) => b.toLowerCase() === wanted) ?? null
  }
  const { logic, rules } = conditionalRules(config)
  if (rules.length === 0) return 'false'
  const results = rules.map((rule) => evaluateRule(rule, lookupField(lead, rule.field)))
  return String(logic === 'OR' ? results.some(Boolean) : results.every(Boolean))
}
