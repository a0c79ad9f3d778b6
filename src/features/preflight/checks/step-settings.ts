import { KNOWN_NODE_TYPES, NODE_TYPE_SPECS } from '../../../domain/node-types'
import type { Problem } from '../../../domain/problem'
import type { Check } from '../check'

/**
 * Each step's own settings, checked by its type's `check` (domain/step-types/<type>.ts). Types
 * in registry order, so the panel lists calls before waits before conditions.
 */
export const checkStepSettings: Check = (index, input) => {
  const out: Problem[] = []
  for (const type of KNOWN_NODE_TYPES) {
    const check = NODE_TYPE_SPECS[type].check
    if (!check) continue
    index.nodes.forEach((node, i) => {
      if (node.nodeType !== type) return
      out.push(
        ...check(node, {
          agents: input.agents,
          phoneNumbers: input.phoneNumbers,
          outputCount: index.outputs[i]?.length ?? 0,
        }),
      )
    })
  }
  return out
}
