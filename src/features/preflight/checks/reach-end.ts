import { isTerminalType } from '../../../domain/node-types'
import type { Check } from '../check'
import { nameOf, reach } from '../graph-index'
import { problem, type Problem } from '../../../domain/problem'

/**
 * Steps from which no CONVERTED or DROPPED can be reached (reverse BFS from the end steps).
 * Reported once per dead region, where a lead first enters it, so one mistake gives one warning;
 * steps with no outgoing connection already have an error of their own.
 */
export const checkReachEnd: Check = (index) => {
  const { nodes, in: inAdj, out: outAdj } = index
  const ends: number[] = []
  nodes.forEach((n, i) => isTerminalType(n.nodeType) && ends.push(i))
  const canEnd = reach(nodes.length, ends, inAdj)
  const isEntry = new Uint8Array(nodes.length)
  for (const i of index.entries) isEntry[i] = 1
  const out: Problem[] = []
  for (let i = 0; i < nodes.length; i++) {
    if (canEnd[i] || !index.reachable[i] || outAdj.start[i] === outAdj.start[i + 1]) continue
    let isFrontier = isEntry[i] === 1
    for (let k = inAdj.start[i] as number; !isFrontier && k < (inAdj.start[i + 1] as number); k++)
      isFrontier = canEnd[inAdj.targets[k] as number] === 1
    if (!isFrontier) continue
    const node = nodes[i]
    out.push(
      problem({
        code: 'path.no-end',
        severity: 'warning',
        nodeId: node?.id,
        message: `From ${nameOf(node)} on, no path reaches a Converted or Dropped step, so leads that get there never finish.`,
        fix: 'Make sure every path after this step ends in Converted or Dropped.',
        summary: 'no path to an end',
      }),
    )
  }
  return out
}
