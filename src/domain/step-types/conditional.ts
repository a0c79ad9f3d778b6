import type { CheckedStep, NodeTypeSpec, StepCheck } from './spec'
import { stepName } from './spec'
import {
  CONDITION_OPERATORS,
  conditionalConfigSchema,
  operatorNeedsValue,
  type Condition,
} from '../node-config'
import { isBranchMode } from '../node-outputs'
import { problem, type Problem } from '../problem'
import { parseConfig } from '../config-cache'

const OPERATORS: ReadonlySet<string> = new Set(CONDITION_OPERATORS)
const OPEN = 'Open the step and'

const hasValue = (v: Condition['value']) =>
  v !== undefined && (typeof v !== 'string' || v.trim() !== '')

/**
 * CONDITIONAL rules need a field, a known operator and, unless the operator is `exists`, a value;
 * in branch mode (contract §7.3) a field and at least one branch.
 */
export const checkConditional: StepCheck = (node, facts) => {
  const out: Problem[] = []
  const config = parseConfig(conditionalConfigSchema, node.config)
  if (isBranchMode(config)) checkBranchMode(node, config.condition_field, facts.outputCount, out)
  else checkRules(node, config.conditions ?? [], out)
  return out
}

function checkBranchMode(
  node: CheckedStep,
  field: string | undefined,
  branches: number,
  out: Problem[],
) {
  if (!field?.trim())
    out.push(
      problem({
        code: 'conditional.no-field',
        severity: 'error',
        nodeId: node.id,
        message: `${name(node)} does not say which field it branches on.`,
        fix: `${OPEN} choose the field whose value picks the branch.`,
        summary: 'no field to branch on',
      }),
    )
  if (branches === 0)
    out.push(
      problem({
        code: 'conditional.no-branches',
        severity: 'error',
        nodeId: node.id,
        message: `${name(node)} has no branches.`,
        fix: `${OPEN} add the values it branches on, one per outgoing connection.`,
        summary: 'no branches',
      }),
    )
}

function checkRules(node: CheckedStep, rules: readonly Condition[], out: Problem[]) {
  if (rules.length === 0) {
    out.push(
      problem({
        code: 'conditional.no-rules',
        severity: 'error',
        nodeId: node.id,
        message: `${name(node)} has no rule to check.`,
        fix: `${OPEN} add a rule: a field, an operator and a value.`,
        summary: 'no rules',
      }),
    )
    return
  }
  rules.forEach((rule, i) => {
    const which =
      rules.length === 1 ? `The rule of ${name(node)}` : `Rule ${i + 1} of ${name(node)}`
    const base = { severity: 'error' as const, nodeId: node.id, idSuffix: String(i) }
    if (!rule.field.trim())
      out.push(
        problem({
          ...base,
          code: 'conditional.rule-no-field',
          message: `${which} has no field to check.`,
          fix: `${OPEN} choose the lead variable or call result the rule checks.`,
          summary: `rule ${i + 1} has no field`,
        }),
      )
    const operator = rule.operator.trim()
    if (!OPERATORS.has(operator))
      out.push(
        problem({
          ...base,
          code: 'conditional.rule-no-operator',
          message: operator
            ? `${which} uses “${operator}”, which is not an operator this workflow understands.`
            : `${which} has no operator.`,
          fix: `${OPEN} choose an operator: ${CONDITION_OPERATORS.join(', ')}.`,
          summary: `rule ${i + 1} has no operator`,
        }),
      )
    else if (operatorNeedsValue(operator) && !hasValue(rule.value))
      out.push(
        problem({
          ...base,
          code: 'conditional.rule-no-value',
          message: `${which} compares with “${operator.replace('_', ' ')}” but has no value to compare with.`,
          fix: `${OPEN} enter the value, or use “exists” to check only that the field is present.`,
          summary: `rule ${i + 1} has no value`,
        }),
      )
  })
}

const name = (step: CheckedStep) => stepName(step, 'Condition')

export const conditionalSpec = {
  type: 'CONDITIONAL',
  title: 'Condition',
  description: 'Branch on lead variables or call results',
  defaultLabel: 'Condition',
  outputs: [
    {
      id: 'true',
      edgeLabel: 'true',
      title: 'True',
      stranded: 'leads for whom the condition is true',
    },
    {
      id: 'false',
      edgeLabel: 'false',
      title: 'False',
      stranded: 'leads for whom the condition is false',
    },
  ],
  terminal: false,
  placesCall: false,
  waits: false,
  check: checkConditional,
} satisfies NodeTypeSpec<'CONDITIONAL'>
