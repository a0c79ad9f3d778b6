import type { WorkflowGraph } from '../../../../api/schemas/graph'
import type { Agent } from '../../../../api/schemas/resources'
import { CALL_OUTCOMES } from '../../../../domain/step-semantics/call-outcome'

/** One field a rule can test, with the values it takes where they are known. */
export type FieldChoice = { value: string; label: string; values: string[]; hint?: string }
export type FieldGroup = { label: string; fields: FieldChoice[] }

const PCA = 'postcall_analysis.'

/** The agents of the voice calls a lead can pass through before reaching `nodeId`. */
export function upstreamAgentIds(graph: WorkflowGraph | undefined, nodeId: string): string[] {
  if (!graph) return []
  const into = new Map<string, string[]>()
  for (const e of graph.edges) into.set(e.target, [...(into.get(e.target) ?? []), e.source])
  const byId = new Map(graph.nodes.map((n) => [n.id, n]))
  const seen = new Set<string>([nodeId])
  const queue = [nodeId]
  const agents: string[] = []
  while (queue.length) {
    for (const source of into.get(queue.shift()!) ?? []) {
      if (seen.has(source)) continue
      seen.add(source)
      queue.push(source)
      const node = byId.get(source)
      const agent = node?.nodeType.toUpperCase() === 'VOICE_CALL' ? node.config.agent_id : undefined
      if (typeof agent === 'string' && agent && !agents.includes(agent)) agents.push(agent)
    }
  }
  return agents
}

const valuesOf = (type: string, options: readonly string[]) =>
  type === 'BOOLEAN' ? ['true', 'false'] : type === 'SELECTOR' ? [...options] : []

const kindText: Record<string, string> = {
  NUMBER: 'a number',
  BOOLEAN: 'true or false',
  DATETIME: 'a date and time',
  TEXT: 'text',
}

/**
 * The fields that really exist for a condition (contract §7.3 lookup order, §11.4): the
 * workflow's lead variables, the last call's outcome, and the post-call analysis fields of the
 * agents that call the lead before this step, with their values where known.
 */
export function conditionFieldCatalog(input: {
  variableKeys: readonly string[] | undefined
  agents: readonly Agent[] | undefined
  graph: WorkflowGraph | undefined
  nodeId: string
}): FieldGroup[] {
  const groups: FieldGroup[] = []
  const keys = input.variableKeys ?? []
  if (keys.length)
    groups.push({
      label: 'Lead variables',
      fields: keys.map((k) => ({ value: k, label: k, values: [] })),
    })
  groups.push({
    label: 'Last call',
    fields: [
      {
        value: 'call_status',
        label: 'Call outcome (call_status)',
        values: Object.keys(CALL_OUTCOMES),
      },
    ],
  })
  const agentsById = new Map((input.agents ?? []).map((a) => [a.id, a]))
  const offered = new Set<string>()
  for (const id of upstreamAgentIds(input.graph, input.nodeId)) {
    const agent = agentsById.get(id)
    const fields = (agent?.analysisFields ?? []).filter((f) => !offered.has(f.name))
    if (!agent || fields.length === 0) continue
    for (const f of fields) offered.add(f.name)
    groups.push({
      label: `Post-call analysis: ${agent.name}`,
      fields: fields.map((f) => ({
        value: `${PCA}${f.name}`,
        label: f.description ? `${f.name} (${f.description})` : f.name,
        values: valuesOf(f.type, f.options),
        hint: f.type === 'SELECTOR' ? undefined : kindText[f.type],
      })),
    })
  }
  return groups
}

/** The catalog entry a stored field means: `interested` and `postcall_analysis.interested` alike. */
export function findField(groups: readonly FieldGroup[], field: string): FieldChoice | undefined {
  const all = groups.flatMap((g) => g.fields)
  return (
    all.find((f) => f.value === field) ??
    (field.startsWith(PCA) ? undefined : all.find((f) => f.value === `${PCA}${field}`))
  )
}
