import { chooseRoute } from '../../domain/step-semantics/routing'
import type { EdgeRecord, NodeRecord } from '../db/types'

/** The shared routing rule (domain/step-semantics/routing.ts) over stored records. */
export function chooseEdge(
  node: NodeRecord,
  outgoing: readonly EdgeRecord[],
  output: string | null,
  refinement: string | null = null,
): EdgeRecord | { configTarget: string } | null {
  const choice = chooseRoute(node.config, outgoing, output, refinement)
  if (choice === null) return null
  return choice.kind === 'edge' ? choice.edge : { configTarget: choice.target }
}
