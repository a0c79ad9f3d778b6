import type { WorkflowNode } from '../../../api/schemas/graph'
import { isKnownNodeType } from '../../../domain/node-types'
import type { Check } from '../check'
import { nameOf, nodeAt } from '../graph-index'
import { problem, type Problem } from '../../../domain/problem'

/** Empty graph, entry nodes (contract §14.28: exactly one node without incoming edges). */
export const checkEntries: Check = (index) => {
  if (index.nodes.length === 0)
    return [
      problem({
        code: 'graph.empty',
        severity: 'error',
        message: 'The workflow has no steps yet.',
        fix: 'Add a Voice call step, connect the steps leads should go through, and end every path in Converted or Dropped.',
        summary: 'no steps',
      }),
    ]
  if (index.entries.length === 0)
    return [
      problem({
        code: 'graph.no-entry',
        severity: 'error',
        message:
          'Every step has an incoming connection, so there is no first step for leads to start on.',
        fix: 'Remove the connection that leads into the step you want leads to start on.',
        summary: 'no starting step',
      }),
    ]
  if (index.entries.length === 1) return []
  const count = index.entries.length
  return index.entries.map((i) => {
    const node = index.nodes[i] as WorkflowNode
    return problem({
      code: 'graph.multiple-entries',
      severity: 'error',
      nodeId: node.id,
      message: `${nameOf(node)} has no incoming connection, so it is one of ${count} starting steps; leads can start on only one.`,
      fix: `Connect ${nameOf(node)} from an earlier step, or delete it if it is not needed.`,
      summary: `one of ${count} starting steps`,
    })
  })
}

/** Edges whose source or target is not in the graph. */
export const checkDanglingEdges: Check = (index) =>
  index.danglingEdges.map((edge) => {
    const source = nodeAt(index, edge.source)
    const target = nodeAt(index, edge.target)
    const missing = !target ? 'ends at' : 'starts from'
    const known = source ?? target
    return problem({
      code: 'edge.dangling',
      severity: 'error',
      nodeId: known?.id,
      edgeId: edge.id,
      message: `A connection${known ? ` of ${nameOf(known)}` : ''} ${missing} a step that no longer exists.`,
      fix: 'Delete the connection and draw it again between existing steps.',
      summary: 'connection to a missing step',
    })
  })

/** Types this client does not know (contract §14.10: WEBHOOK, SMS) cannot be checked. */
export const checkUnknownTypes: Check = (index) => {
  const out: Problem[] = []
  for (const node of index.nodes) {
    if (isKnownNodeType(node.nodeType)) continue
    out.push(
      problem({
        code: 'node.unknown-type',
        severity: 'warning',
        nodeId: node.id,
        message: `${nameOf(node)} is a ${node.nodeType} step, which this console cannot check.`,
        fix: 'Check its settings by hand, or replace it with a step type the console knows.',
        summary: `unknown type ${node.nodeType}`,
      }),
    )
  }
  return out
}

/** Nodes no lead can get to. With no entry at all, the no-entry error already says it. */
export const checkUnreachable: Check = (index) => {
  if (index.entries.length === 0) return []
  const [first] = index.entries
  const start =
    index.entries.length === 1 ? nameOf(index.nodes[first as number]) : 'any starting step'
  const out: Problem[] = []
  for (const [i, node] of index.nodes.entries()) {
    if (index.reachable[i]) continue
    out.push(
      problem({
        code: 'node.unreachable',
        severity: 'error',
        nodeId: node.id,
        message: `No path from ${start} leads to ${nameOf(node)}, so no lead will ever get there.`,
        fix: `Connect ${nameOf(node)} from a step that leads pass through, or delete it.`,
        summary: 'cannot be reached',
      }),
    )
  }
  return out
}
