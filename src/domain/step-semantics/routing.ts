import { normalizeLabel } from './config-readers'

/** Labels that refine DNP (contract §7.2): a call that was not picked up, said more precisely. */
export const DNP_REFINEMENTS = ['no_answer', 'busy', 'voicemail']

export type RouteChoice<E> = { kind: 'edge'; edge: E } | { kind: 'config'; target: string }

/**
 * Picks the edge a lead leaves by (contract §5.6 mock recommendation, §14.17): labelled
 * matches first (case-insensitive; a specific refinement such as NO_ANSWER beats DNP, and DNP
 * also matches NO_ANSWER/BUSY/VOICEMAIL), then APPLICATION `config.outputs`, then unlabelled
 * edges; creation order inside each group. `null` = no matching edge: the lead stays.
 */
export function chooseRoute<E extends { label: string | null }>(
  config: Record<string, unknown>,
  outgoing: readonly E[],
  output: string | null,
  refinement: string | null = null,
): RouteChoice<E> | null {
  const wanted = normalizeLabel(output)
  const refined = normalizeLabel(refinement)
  const labelled = outgoing.filter((e) => normalizeLabel(e.label) !== null)
  const edge = (found: E | undefined): RouteChoice<E> | null =>
    found ? { kind: 'edge', edge: found } : null
  if (refined) {
    const exact = edge(labelled.find((e) => normalizeLabel(e.label) === refined))
    if (exact) return exact
  }
  if (wanted) {
    const exact = edge(labelled.find((e) => normalizeLabel(e.label) === wanted))
    if (exact) return exact
    if (wanted === 'dnp') {
      const alias = edge(
        labelled.find((e) => DNP_REFINEMENTS.includes(normalizeLabel(e.label) ?? '')),
      )
      if (alias) return alias
    }
    const outputs = config.outputs
    if (outputs && typeof outputs === 'object') {
      const target = (outputs as Record<string, unknown>)[wanted]
      if (typeof target === 'string' && target) return { kind: 'config', target }
    }
  }
  return edge(outgoing.find((e) => normalizeLabel(e.label) === null))
}
