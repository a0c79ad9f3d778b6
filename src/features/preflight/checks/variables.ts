import type { WorkflowNode } from '../../../api/schemas/graph'
import type { Agent } from '../../../api/schemas/resources'
import { BUILTIN_VARIABLES, templateVariables } from '../../../domain/node-config'
import type { Check } from '../check'
import { nameOf } from '../graph-index'
import { problem, type Problem } from '../../../domain/problem'

const MAX_DEPTH = 6

/**
 * Every lead has a phone number, but the variable keys never list it because it is the dial
 * target, not an uploaded column (contract §6.5); actions still address the lead with it.
 */
const LEAD_FIELDS = ['phone_number']

/** Collects every `{{variable}}` used in string values anywhere inside a config object. */
function collectVariables(value: unknown, depth: number, found: string[]) {
  if (typeof value === 'string') {
    if (value.includes('{{')) found.push(...templateVariables(value))
  } else if (value && typeof value === 'object' && depth < MAX_DEPTH) {
    for (const child of Object.values(value)) collectVariables(child, depth + 1, found)
  }
  return found
}

const unknownOf = (names: readonly string[], known: ReadonlySet<string>) => [
  ...new Set(names.filter((v) => !known.has(v))),
]

/** Unknown variables per agent prompt, worked out once per agent rather than once per call step. */
function unknownByAgent(agents: readonly Agent[] | undefined, known: ReadonlySet<string>) {
  const byId = new Map<string, string[]>()
  for (const agent of agents ?? [])
    byId.set(agent.id, unknownOf(agent.templates.flatMap(templateVariables), known))
  return byId
}

const braces = (names: readonly string[]) => names.map((n) => `{{${n}}}`).join(', ')

/**
 * Prompts and templated config may only use the workflow's variable keys and the built-ins
 * (contract §4.6 checklist, §8.1; names are case-sensitive). Needs the variable keys; agent
 * prompts are checked once agents have loaded. Before any lead file is uploaded there are no
 * keys to check against, so the same finding is only a warning then.
 */
export const checkVariables: Check = (index, input) => {
  if (!input.variableKeys) return []
  const known = new Set<string>([...input.variableKeys, ...BUILTIN_VARIABLES, ...LEAD_FIELDS])
  const promptUnknown = unknownByAgent(input.agents, known)
  const out: Problem[] = []
  for (const node of index.nodes) {
    const fromConfig = collectVariables(node.config, 0, [])
    const agentId = node.nodeType === 'VOICE_CALL' ? node.config.agent_id : undefined
    const unknownInPrompt = (typeof agentId === 'string' && promptUnknown.get(agentId)) || []
    if (fromConfig.length === 0 && unknownInPrompt.length === 0) continue
    const unknownInConfig = unknownOf(fromConfig, known)
    const unknown = [...new Set([...unknownInPrompt, ...unknownInConfig])]
    if (unknown.length === 0) continue
    const where = [
      unknownInPrompt.length > 0 && 'its agent’s prompt',
      unknownInConfig.length > 0 && 'its settings',
    ]
      .filter(Boolean)
      .join(' and ')
    out.push(unknownVariables(node, unknown, where, input.variableKeys.length === 0))
  }
  return out
}

function unknownVariables(
  node: WorkflowNode,
  unknown: string[],
  where: string,
  noLeadsYet: boolean,
) {
  const columns = unknown.map((v) => `“${v}”`).join(', ')
  const plural = unknown.length > 1
  const summary = `${noLeadsYet ? 'unchecked' : 'unknown'} variable${plural ? 's' : ''} ${braces(unknown)}`
  if (noLeadsYet)
    return problem({
      code: 'variables.no-lead-columns',
      severity: 'warning',
      nodeId: node.id,
      message: `${nameOf(node)} uses ${braces(unknown)} in ${where}, but no leads have been uploaded yet, so nothing says ${plural ? 'they' : 'it'} will have a value.`,
      fix: `Upload leads with a ${columns} column; a variable without a value is spoken literally.`,
      summary,
    })
  return problem({
    code: 'variables.unknown',
    severity: 'error',
    nodeId: node.id,
    message: `${nameOf(node)} uses ${braces(unknown)} in ${where}, but no lead file of this workflow has ${plural ? 'those columns' : 'that column'}.`,
    fix: `Upload leads with a ${columns} column, or change the text to use only the workflow’s variables and the built-ins (${braces(BUILTIN_VARIABLES)}).`,
    summary,
  })
}
