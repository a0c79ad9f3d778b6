import type { WorkflowGraph } from '../../../api/schemas/graph'
import type { Agent } from '../../../api/schemas/resources'
import { BUILTIN_VARIABLES, templateVariables } from '../../../domain/node-config'
import { isKnownNodeType, NODE_TYPE_SPECS } from '../../../domain/node-types'
import type { LeadRow } from './parse-leads-csv'
import { formatCount } from '../../../lib/format'

/** A lead variable that a step says out loud or sends: the steps (by name) that use it. */
export type VariableUse = { variable: string; steps: string[]; byAgent: boolean }

/** Rows (or the whole file) that leave a used variable empty: the placeholder would be said. */
export type EmptyVariableGroup = VariableUse & { rows: number[]; columnMissing: boolean }

const MAX_DEPTH = 6
/** Filled in by the platform on every call (contract §8.1), or the dial target itself. */
const FILLED_BY_PLATFORM = new Set<string>([...BUILTIN_VARIABLES, 'phone_number'])

function collect(value: unknown, depth: number, found: Set<string>) {
  if (typeof value === 'string') {
    if (value.includes('{{')) for (const v of templateVariables(value)) found.add(v)
  } else if (value && typeof value === 'object' && depth < MAX_DEPTH) {
    for (const child of Object.values(value)) collect(child, depth + 1, found)
  }
}

const stepName = (node: WorkflowGraph['nodes'][number]) =>
  node.label.trim() ||
  `${isKnownNodeType(node.nodeType) ? NODE_TYPE_SPECS[node.nodeType].title : node.nodeType} ${node.id}`

/**
 * The lead variables each step uses: `{{name}}` in its settings and, for a voice call, in its
 * agent's prompt. Built-ins filled by the platform are left out.
 */
export function variablesUsedBySteps(
  graph: WorkflowGraph | undefined,
  agents: readonly Agent[] | undefined,
): VariableUse[] {
  const uses = new Map<string, VariableUse>()
  const agentVars = new Map(
    (agents ?? []).map((a) => [a.id, a.templates.flatMap(templateVariables)]),
  )
  for (const node of graph?.nodes ?? []) {
    const found = new Set<string>()
    collect(node.config, 0, found)
    const agentId = node.nodeType.toUpperCase() === 'VOICE_CALL' ? node.config.agent_id : undefined
    const fromAgent = typeof agentId === 'string' ? (agentVars.get(agentId) ?? []) : []
    for (const v of fromAgent) found.add(v)
    for (const variable of found) {
      if (FILLED_BY_PLATFORM.has(variable)) continue
      const use = uses.get(variable) ?? { variable, steps: [], byAgent: false }
      if (!use.steps.includes(stepName(node))) use.steps.push(stepName(node))
      if (fromAgent.includes(variable)) use.byAgent = true
      uses.set(variable, use)
    }
  }
  return [...uses.values()]
}

/**
 * For every variable a step uses: the rows that leave it empty (or every row, when the file has
 * no such column). Those leads would hear or receive the raw placeholder.
 */
export function emptyVariableGroups(
  rows: readonly LeadRow[],
  fileKeys: readonly string[],
  uses: readonly VariableUse[],
): EmptyVariableGroup[] {
  const out: EmptyVariableGroup[] = []
  for (const use of uses) {
    const columnMissing = !fileKeys.includes(use.variable)
    const empty = rows
      .filter((r) => columnMissing || (r.variables[use.variable] ?? '').trim() === '')
      .map((r) => r.row)
    if (empty.length > 0) out.push({ ...use, rows: empty, columnMissing })
  }
  return out
}

/** "3 rows have no first_name; the agent would say the placeholder {{first_name}}". */
export function describeEmptyVariable(group: EmptyVariableGroup): string {
  const n = group.rows.length
  const rows = `${formatCount(n)} ${n === 1 ? 'row has' : 'rows have'}`
  const who = group.byAgent ? 'the agent would say' : 'the message would show'
  const head = group.columnMissing
    ? `The file has no ${group.variable} column, so all ${formatCount(n)} ${n === 1 ? 'row' : 'rows'} lack it`
    : `${rows} no ${group.variable}`
  const steps = group.steps.map((s) => `“${s}”`).join(', ')
  return `${head}; ${who} the placeholder {{${group.variable}}} (used by ${steps}).`
}
