/**
 * The entry step: the unique node without incoming edges (contract §14.28); `null` when there
 * are none or several, and then no lead can start.
 */
export function findEntry<N extends { id: string }>(
  nodes: readonly N[],
  edgeTargets: Iterable<string>,
): N | null {
  const targets = new Set(edgeTargets)
  const entries = nodes.filter((n) => !targets.has(n.id))
  return entries.length === 1 ? (entries[0] ?? null) : null
}
