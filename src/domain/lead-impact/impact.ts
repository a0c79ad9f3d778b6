/**
 * What removing steps and connections does to the leads in flight (contract §5.4, §5.7): leads
 * at a deleted step stay attached to it, stranded; leads at a step that loses the connection their
 * outcome follows stay at that step once they finish it. Pure: the counts come from the caller
 * (`GET /workflows/{id}/stats`, per step `waiting` and `in_call`). Shared by the restore dialog
 * and the canvas's delete dialog.
 */

/** Leads per step, as the stats report them; `null` when the API has no stats (unknown). */
export type LeadCounts = { nodes: Record<string, { waiting: number; in_call: number }> } | null

type Step = { id: string; label: string }
type Connection = { id: string; from_node_id: string; to_node_id: string; label: string | null }
export type ImpactGraph = { nodes: readonly Step[]; edges: readonly Connection[] }

export type Removal = { nodeIds?: readonly string[]; edgeIds?: readonly string[] }

/** Why the steps go: the sentence names the cause ("Deleting it…", "Restoring removes it…"). */
export type ImpactOptions = {
  cause?: 'delete' | 'restore'
  /** Connections added by the same change (a restore's): a lead that can follow one is not stuck. */
  added?: readonly Pick<Connection, 'from_node_id' | 'label'>[]
}

export type StepImpact = { nodeId: string; label: string; waiting: number; inCall: number; sentence: string }
export type ConnectionImpact = {
  edgeId: string
  fromLabel: string
  toLabel: string
  outcome: string | null
  waiting: number
  inCall: number
  sentence: string
}

export type LeadImpact = {
  /** False when there are no counts: the caller should say the impact cannot be told. */
  known: boolean
  steps: StepImpact[]
  connections: ConnectionImpact[]
  /** Leads affected at all (each counted once even when both a step and a connection concern it). */
  totalLeads: number
  sentences: string[]
}

const leads = (n: number) => `${n} ${n === 1 ? 'lead' : 'leads'}`
const be = (n: number) => (n === 1 ? 'is' : 'are')
const them = (n: number) => (n === 1 ? 'that lead' : 'them')

/** "2 leads are waiting in 'Call back'", "1 lead is in a call in …", "3 leads are in … (2 waiting, 1 in a call)". */
function whoIsAt(label: string, waiting: number, inCall: number): string {
  const total = waiting + inCall
  if (inCall === 0) return `${leads(total)} ${be(total)} waiting in '${label}'`
  if (waiting === 0) return `${leads(total)} ${be(total)} in a call in '${label}'`
  return `${leads(total)} ${be(total)} in '${label}' (${waiting} waiting, ${inCall} in a call)`
}

const sameOutcome = (a: string | null, b: string | null) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase()

export function impactOfRemoving(
  stats: LeadCounts,
  removal: Removal,
  graph: ImpactGraph,
  options: ImpactOptions = {},
): LeadImpact {
  const cause = options.cause ?? 'delete'
  const removedNodes = new Set(removal.nodeIds ?? [])
  const removedEdges = new Set(removal.edgeIds ?? [])
  const label = new Map(graph.nodes.map((n) => [n.id, n.label || n.id]))
  const at = (id: string) => {
    const c = stats?.nodes[id]
    return { waiting: c?.waiting ?? 0, inCall: c?.in_call ?? 0 }
  }

  const steps: StepImpact[] = []
  for (const node of graph.nodes) {
    if (!removedNodes.has(node.id)) continue
    const { waiting, inCall } = at(node.id)
    const total = waiting + inCall
    if (total === 0) continue
    const what = cause === 'restore' ? 'Restoring removes it and leaves' : 'Deleting it leaves'
    const sentence = `${whoIsAt(label.get(node.id)!, waiting, inCall)}. ${what} ${them(total)} stranded.`
    steps.push({ nodeId: node.id, label: label.get(node.id)!, waiting, inCall, sentence })
  }

  // A connection also goes when the step it leads to is deleted (the API deletes it with the step).
  const gone = (e: Connection) => removedEdges.has(e.id) || removedNodes.has(e.to_node_id) || removedNodes.has(e.from_node_id)
  const remaining = graph.edges.filter((e) => !gone(e))
  const connections: ConnectionImpact[] = []
  const seenSource = new Set<string>()
  for (const edge of graph.edges) {
    if (!gone(edge) || removedNodes.has(edge.from_node_id)) continue
    const { waiting, inCall } = at(edge.from_node_id)
    if (waiting + inCall === 0) continue
    const routes = (e: Pick<Connection, 'from_node_id' | 'label'>) =>
      e.from_node_id === edge.from_node_id && (e.label === null || sameOutcome(e.label, edge.label))
    if (remaining.some(routes) || (options.added ?? []).some(routes)) continue
    const key = `${edge.from_node_id}\u0000${(edge.label ?? '').toLowerCase()}`
    if (seenSource.has(key)) continue
    seenSource.add(key)
    const from = label.get(edge.from_node_id) ?? edge.from_node_id
    const to = label.get(edge.to_node_id) ?? edge.to_node_id
    const outcome = edge.label
    const ending = outcome ? `those whose step ends ${outcome} have` : `they have`
    const sentence =
      `${whoIsAt(from, waiting, inCall)}. Without the connection to '${to}'${outcome ? ` (${outcome})` : ''}, ` +
      `${ending} nowhere to go and stay in '${from}'.`
    connections.push({ edgeId: edge.id, fromLabel: from, toLabel: to, outcome, waiting, inCall, sentence })
  }

  // Leads are counted once per step they are at, whether the step or its way on is lost.
  const affected = new Map<string, number>()
  for (const s of steps) affected.set(s.nodeId, s.waiting + s.inCall)
  for (const c of connections) {
    const source = graph.edges.find((e) => e.id === c.edgeId)!.from_node_id
    affected.set(source, c.waiting + c.inCall)
  }
  const totalLeads = [...affected.values()].reduce((a, b) => a + b, 0)
  return {
    known: stats !== null,
    steps,
    connections,
    totalLeads,
    sentences: [...steps.map((s) => s.sentence), ...connections.map((c) => c.sentence)],
  }
}
