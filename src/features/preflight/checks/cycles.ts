import { placesCall, waits } from '../../../domain/node-types'
import type { Check } from '../check'
import { listNames, nameOf, type GraphIndex } from '../graph-index'
import { problem, type Problem } from '../../../domain/problem'

/**
 * Strongly connected components of the graph without waiting steps (TIME) (iterative Tarjan, O(V+E)).
 * Any component with more than one node, or a self-loop, is a loop a lead can go round with no
 * wait: it would be moved (and called) again and again at once.
 */
export function waitFreeLoops(index: GraphIndex): number[][] {
  const n = index.nodes.length
  const { start, targets } = index.out
  const skip = new Uint8Array(n)
  index.nodes.forEach((node, i) => (skip[i] = waits(node.nodeType) ? 1 : 0))
  const order = new Int32Array(n).fill(-1)
  const low = new Int32Array(n)
  const onStack = new Uint8Array(n)
  const stack = new Int32Array(n)
  const frames = new Int32Array(n)
  const cursor = new Int32Array(n)
  let sp = 0
  let counter = 0
  // A single-node component is a loop only if it points at itself.
  const selfLoop = new Uint8Array(n)
  const loops: number[][] = []
  for (let root = 0; root < n; root++) {
    if (skip[root] || order[root] !== -1) continue
    let top = 0
    const visit = (v: number) => {
      order[v] = low[v] = counter++
      stack[sp++] = v
      onStack[v] = 1
      frames[top] = v
      cursor[top] = start[v] as number
    }
    visit(root)
    while (top >= 0) {
      const v = frames[top] as number
      if ((cursor[top] as number) < (start[v + 1] as number)) {
        const w = targets[cursor[top] as number] as number
        cursor[top] = (cursor[top] as number) + 1
        if (skip[w]) continue
        if (w === v) selfLoop[v] = 1
        if (order[w] === -1) {
          top++
          visit(w)
        } else if (onStack[w]) low[v] = Math.min(low[v] as number, order[w] as number)
        continue
      }
      if (low[v] === order[v]) {
        const members: number[] = []
        let w: number
        do {
          w = stack[--sp] as number
          onStack[w] = 0
          members.push(w)
        } while (w !== v)
        if (members.length > 1 || selfLoop[v]) loops.push(members.sort((a, b) => a - b))
      }
      top--
      if (top >= 0) {
        const u = frames[top] as number
        low[u] = Math.min(low[u] as number, low[v] as number)
      }
    }
  }
  return loops
}

export const checkCycles: Check = (index) => {
  const out: Problem[] = []
  for (const members of waitFreeLoops(index)) {
    const nodes = members.map((i) => index.nodes[i]).filter((n) => n !== undefined)
    const [first, ...rest] = nodes
    if (!first) continue
    const calls = nodes.some((n) => placesCall(n.nodeType))
    const what =
      nodes.length === 1
        ? `${nameOf(first)} connects to itself`
        : `${listNames(nodes.map((n) => nameOf(n)))} form a loop`
    out.push(
      problem({
        code: 'cycle.no-wait',
        severity: 'error',
        nodeId: first.id,
        relatedNodeIds: rest.map((n) => n.id),
        message: `${what} with no Wait step, so a lead would go round it again and again at once${calls ? ', and be called each time' : ''}.`,
        fix: 'Put a Wait step on the loop, or send one of its connections to another step.',
        summary: 'loop without a wait',
      }),
    )
  }
  return out
}
