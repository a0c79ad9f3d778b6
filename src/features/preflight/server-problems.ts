import { isApiError } from '../../api/api-error'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { nameOf } from './graph-index'
import type { Problem } from '../../domain/problem'

type Target = { nodeId?: string; edgeId?: string }

const QUOTED = /"([^"]+)"|“([^”]+)”/g
const TOKEN = /[\w.-]+/g

/**
 * Which node or edge a server message names: an id first (the mock writes
 * `Node "First call" (node_abc123) has no agent.`), then a quoted label that only one node has.
 * A message that names neither stays on the workflow as a whole.
 */
function targetOf(message: string, graph: WorkflowGraph): Target {
  const nodeIds = new Set(graph.nodes.map((n) => n.id))
  const edges = new Map(graph.edges.map((e) => [e.id, e]))
  for (const [token] of message.matchAll(TOKEN)) {
    if (nodeIds.has(token)) return { nodeId: token }
    const edge = edges.get(token)
    if (edge) return { nodeId: nodeIds.has(edge.source) ? edge.source : undefined, edgeId: edge.id }
  }
  for (const match of message.matchAll(QUOTED)) {
    const label = (match[1] ?? match[2] ?? '').trim()
    const named = graph.nodes.filter((n) => n.label.trim() === label)
    if (named.length === 1 && named[0]) return { nodeId: named[0].id }
  }
  return {}
}

/**
 * The problems in a 400 answer to activation, one per server message, mapped to the node the
 * message names where possible. The server has the last word: these are shown even when the
 * client's own checks found nothing. Anything other than a 400 is not a preflight matter.
 */
export function serverProblemsFrom(error: unknown, graph: WorkflowGraph): Problem[] {
  if (!isApiError(error) || error.kind !== 'http' || error.status !== 400) return []
  const messages =
    error.messages.length > 0 ? error.messages : ['The server refused to activate this workflow.']
  const seen = new Set<string>()
  const problems: Problem[] = []
  for (const raw of messages) {
    const message = raw.trim()
    if (!message || seen.has(message)) continue
    seen.add(message)
    const target = targetOf(message, graph)
    const node = target.nodeId ? graph.nodes.find((n) => n.id === target.nodeId) : undefined
    problems.push({
      id: `server:${message}`,
      code: 'server.rejected',
      severity: 'error',
      ...target,
      message,
      fix: node
        ? `Open ${nameOf(node)} and fix this, then activate again.`
        : 'Fix this, then activate again.',
      summary: 'refused by the server',
      source: 'server',
    })
  }
  return problems
}
