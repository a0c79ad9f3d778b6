import type { WorkflowGraph } from '../../api/schemas/graph'
import type { Problem } from '../../domain/problem'

export type ProblemGroup = {
  key: string
  /** Node label, or "Whole workflow" for problems that concern no single node. */
  title: string
  nodeId?: string
  problems: Problem[]
}

const bySeverity = (a: Problem, b: Problem) =>
  a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1

/**
 * Problems grouped by the node they concern, in the graph's node order; graph-level problems
 * (and any naming a node the graph no longer holds) first. Errors before warnings in each group.
 */
export function groupProblems(problems: readonly Problem[], graph: WorkflowGraph): ProblemGroup[] {
  const byNode = new Map<string, Problem[]>()
  const general: Problem[] = []
  const nodeIds = new Set(graph.nodes.map((n) => n.id))
  for (const problem of problems) {
    if (problem.nodeId && nodeIds.has(problem.nodeId)) {
      const list = byNode.get(problem.nodeId) ?? []
      list.push(problem)
      byNode.set(problem.nodeId, list)
    } else general.push(problem)
  }
  const groups: ProblemGroup[] = []
  if (general.length > 0)
    groups.push({ key: 'workflow', title: 'Whole workflow', problems: general.sort(bySeverity) })
  for (const node of graph.nodes) {
    const list = byNode.get(node.id)
    if (!list) continue
    groups.push({
      key: `node:${node.id}`,
      title: node.label.trim() || `${node.nodeType} ${node.id}`,
      nodeId: node.id,
      problems: list.sort(bySeverity),
    })
  }
  return groups
}
