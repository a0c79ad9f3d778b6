import type { EdgeRecord, NodeRecord } from '../db/types'
import { normalizeLabel } from '../graph/node-config'

const DNP_REFINEMENTS = ['no_answer', 'busy', 'voicemail']

/**
 * Picks the edge a lead leaves by (contract §5.6 mock recommendation): labelled matches first
 * (case-insensitive; a specific refinement such as NO_ANSWER beats DNP, and DNP also matches
 * NO_ANSWER/BUSY/VOICEMAIL), then APPLICATION `config.outputs`, then unlabelled edges; creation
 * order inside each group. `null` = no matching edge.
 */
export function chooseEdge(
  node: NodeRecord,
  outgoing: readonly EdgeRecord[],
  output: string | null,
  refinement: string | null = null,
): EdgeRecord | { configTarget: string } | null {
  const wanted = normalizeLabel(output)
  const refined = normalizeLabel(refinement)
  const labelled = outgoing.filter((e) => normalizeLabel(e.label) !== null)
  if (refined) {
    const exact = labelled.find((e) => normalizeLabel(e.label) === refined)
    if (exact) return exact
  }
  if (wanted) {
    const exact = labelled.find((e) => normalizeLabel(e.label) === wanted)
    if (exact) return exact
    if (wanted === 'dnp') {
      const alias = labelled.find((e) => DNP_REFINEMENTS.includes(normalizeLabel(e.label) ?? ''))
      if (alias) return alias
    }
    const outputs = node.config.outputs
    if (outputs && typeof outputs === 'object') {
      const target = (outputs as Record<string, unknown>)[wanted]
      if (typeof target === 'string' && target) return { configTarget: target }
    }
  }
  return outgoing.find((e) => normalizeLabel(e.label) === null) ?? null
}
