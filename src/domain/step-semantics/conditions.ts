import { conditionalBranches, conditionalRules, text, type Rule } from './config-readers'
import { lookupField, type FactValue, type LeadFacts } from './lead-facts'

const asNumber = (value: unknown): number | null => {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim()
        ? Number(value)
        : NaN
  return Number.isFinite(n) ? n : null
}

export function evaluateRule(rule: Rule, actual: FactValue | undefined): boolean {
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

export type RuleCheck = { rule: Rule; actual: FactValue | undefined; passed: boolean }

/** Why a CONDITIONAL emitted what it did: each rule with the value it read, or the branch field. */
export type ConditionalVerdict =
  | { mode: 'rules'; output: 'true' | 'false'; logic: 'AND' | 'OR'; checks: RuleCheck[] }
  | { mode: 'branch'; output: string | null; field: string; actual: FactValue | undefined }

export function explainConditional(
  config: Record<string, unknown>,
  facts: LeadFacts,
): ConditionalVerdict {
  const branches = conditionalBranches(config)
  if (branches) {
    const field = text(config, 'condition_field') ?? 'call_status'
    const actual = lookupField(facts, field)
    const wanted = String(actual ?? '').toLowerCase()
    const output = branches.find((b) => b.toLowerCase() === wanted) ?? null
    return { mode: 'branch', output, field, actual }
  }
  const { logic, rules } = conditionalRules(config)
  const checks = rules.map((rule) => {
    const actual = lookupField(facts, rule.field)
    return { rule, actual, passed: evaluateRule(rule, actual) }
  })
  // No rule at all is false: nothing was shown to hold.
  const passed =
    checks.length > 0 &&
    (logic === 'OR' ? checks.some((c) => c.passed) : checks.every((c) => c.passed))
  return { mode: 'rules', output: passed ? 'true' : 'false', logic, checks }
}

/** The output a CONDITIONAL emits: `true`/`false`, or the matching branch name in branch mode. */
export function evaluateConditional(
  config: Record<string, unknown>,
  facts: LeadFacts,
): string | null {
  return explainConditional(config, facts).output
}

/** Fields a CONDITIONAL reads (rule fields, or the branch field), without the PCA prefix. */
export function conditionFields(config: Record<string, unknown>): string[] {
  const branches = conditionalBranches(config)
  const fields = branches
    ? [text(config, 'condition_field') ?? 'call_status']
    : conditionalRules(config).rules.map((r) => r.field)
  return [...new Set(fields.filter(Boolean).map((f) => f.replace(/^postcall_analysis\./, '')))]
}
