import type { Problem, ProblemSeverity } from '../../domain/problem'

export type ProblemMarker = { severity: ProblemSeverity; summary: string }
export type ProblemMarkers = {
  nodes: Map<string, ProblemMarker>
  edges: Map<string, ProblemMarker>
}

type Tally = { severity: ProblemSeverity; summaries: string[] }

function add(map: Map<string, Tally>, id: string, problem: Problem) {
  const tally = map.get(id) ?? { severity: 'warning', summaries: [] }
  if (problem.severity === 'error') tally.severity = 'error'
  const summary = problem.summary ?? problem.message
  if (!tally.summaries.includes(summary)) tally.summaries.push(summary)
  map.set(id, tally)
}

function toMarkers(map: Map<string, Tally>) {
  const out = new Map<string, ProblemMarker>()
  for (const [id, { severity, summaries }] of map) {
    const count = summaries.length
    out.set(id, {
      severity,
      summary: `${count} problem${count === 1 ? '' : 's'}: ${summaries.join('; ')}`,
    })
  }
  return out
}

/**
 * What the canvas marks: per node and per edge, the worst severity and a short summary such as
 * "2 problems: no agent; FAILED output not wired". Loop problems mark every node of the loop.
 */
export function markersFrom(problems: readonly Problem[]): ProblemMarkers {
  const nodes = new Map<string, Tally>()
  const edges = new Map<string, Tally>()
  for (const problem of problems) {
    if (problem.edgeId) add(edges, problem.edgeId, problem)
    if (problem.nodeId) add(nodes, problem.nodeId, problem)
    for (const id of problem.relatedNodeIds ?? []) add(nodes, id, problem)
  }
  return { nodes: toMarkers(nodes), edges: toMarkers(edges) }
}
