import type { WorkflowGraph } from '../../../api/schemas/graph'
import { conditionalRules, pcaField } from '../../../domain/step-semantics/config-readers'
import { conditionFields } from '../../../domain/step-semantics/conditions'
import { stepKind } from '../../../domain/step-semantics/step-kind'

export type AnalysisField = {
  name: string
  /** Values worth offering: what the conditions compare with, or callback times for a wait. */
  suggestions: string[]
  numeric: boolean
}

const CALLBACK_EXAMPLES = ['tomorrow 4 PM', '6 PM', 'in 2 hours']
const NOT_ANALYSIS = new Set(['call_status', 'last_call_status'])

/**
 * Post-call-analysis fields that a later step reads before the next call replaces them: the
 * questions to ask when the person says this call completed. Lead variables are not asked.
 */
export function analysisFieldsAfter(
  graph: WorkflowGraph,
  callNodeId: string,
  variables: Readonly<Record<string, string>>,
): AnalysisField[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]))
  const fields = new Map<string, AnalysisField>()
  const field = (name: string) => {
    let f = fields.get(name)
    if (!f) {
      f = { name, suggestions: [], numeric: false }
      fields.set(name, f)
    }
    return f
  }
  const seen = new Set<string>()
  const queue = graph.edges.filter((e) => e.source === callNodeId).map((e) => e.target)
  while (queue.length) {
    const id = queue.shift() as string
    const node = nodes.get(id)
    if (!node || seen.has(id)) continue
    seen.add(id)
    const kind = stepKind(node.nodeType)
    if (kind === 'call') continue
    if (kind === 'condition') {
      for (const name of conditionFields(node.config))
        if (!NOT_ANALYSIS.has(name) && !(name in variables)) field(name)
      for (const rule of conditionalRules(node.config).rules) {
        const name = rule.field.replace(/^postcall_analysis\./, '')
        const f = fields.get(name)
        if (!f) continue
        if (rule.operator === 'greater_than' || rule.operator === 'less_than') f.numeric = true
        const value = rule.value === undefined || rule.value === null ? '' : String(rule.value)
        if (value && !f.suggestions.includes(value)) f.suggestions.push(value)
      }
    }
    if (kind === 'wait') {
      const name = pcaField(node.config)
      if (name && !(name in variables)) field(name).suggestions.push(...CALLBACK_EXAMPLES)
    }
    for (const e of graph.edges) if (e.source === id) queue.push(e.target)
  }
  return [...fields.values()]
}
