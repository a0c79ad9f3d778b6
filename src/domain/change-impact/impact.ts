import type { GraphSnapshot } from '../graph-diff/snapshot'
import { nodeOutputs } from '../node-outputs'
import { chooseRoute } from '../step-semantics/routing'
import type { NodeOutput } from '../step-types/spec'
import { countOn, plural, whoIsThere, type LeadsOnStep } from './leads-on-steps'

export type ImpactNode = {
  id: string
  nodeType: string
  label: string
  config: Record<string, unknown>
}
export type ImpactEdge = { id: string; source: string; target: string; label: string | null }
export type ImpactGraph = { nodes: readonly ImpactNode[]; edges: readonly ImpactEdge[] }

/** A graph in the API's field names (history, drafts) as the impact rules read it. */
export const impactGraphOf = (graph: GraphSnapshot): ImpactGraph => ({
  nodes: graph.nodes.map((n) => ({
    id: n.id,
    nodeType: n.node_type,
    label: n.label,
    config: n.config,
  })),
  edges: graph.edges.map((e) => ({
    id: e.id,
    source: e.from_node_id,
    target: e.to_node_id,
    label: e.label,
  })),
})

/** A change to a live graph whose effect on leads in flight is shown before it is made. */
export type GraphChange =
  | {
      kind: 'delete'
      nodeIds: readonly string[]
      edgeIds: readonly string[]
      /** Connections the same change adds (a restore's, a draft's): a lead that can take one is not stuck. */
      addedEdges?: readonly Pick<ImpactEdge, 'source' | 'label'>[]
      /** Whose doing, for the words: a deletion (default), a restore, a draft being published. */
      cause?: 'delete' | 'restore' | 'publish'
    }
  /** One output of a step pointed at another step (pointing it at nothing is a delete). */
  | { kind: 'redirect'; nodeId: string; output: NodeOutput; targetId: string }
  /** A step's label/config replaced (its outputs may depend on the config). */
  | { kind: 'reconfigure'; nodeId: string; config: Record<string, unknown> }

export type ImpactItem = {
  nodeId: string
  /** One plain sentence, with the numbers. */
  sentence: string
  /** Leads the change certainly leaves with no next step (offered for removal). */
  strandedLeadIds: string[]
  /** How many leads the sentence speaks of. */
  leads: number
}

export type ChangeImpact = {
  items: ImpactItem[]
  /** Every lead the change certainly strands, once. */
  strandedLeadIds: string[]
  /** Leads the change reaches in any way (stranded or rerouted). */
  leadsReached: number
}

const REMOVES = {
  delete: 'Deleting it leaves',
  restore: 'Restoring removes it, which leaves',
  publish: 'The draft removes it, which leaves',
} as const

const quoted = (node: ImpactNode | undefined) => `“${node?.label || 'Untitled step'}”`

type Outgoing = readonly Pick<ImpactEdge, 'id' | 'target' | 'label'>[]

/** The outputs of `node` that have a route with `before` edges and none with `after` edges. */
function outputsLosingRoute(
  node: ImpactNode,
  before: { config: Record<string, unknown>; edges: Outgoing },
  after: { config: Record<string, unknown>; edges: Outgoing },
): NodeOutput[] {
  const outputs = nodeOutputs({ nodeType: node.nodeType, config: after.config }) ?? []
  const previous = nodeOutputs({ nodeType: node.nodeType, config: before.config }) ?? []
  const lost: NodeOutput[] = []
  for (const output of outputs) {
    const had = chooseRoute(before.config, before.edges, output.edgeLabel)
    const has = chooseRoute(after.config, after.edges, output.edgeLabel)
    if (had && !has) lost.push(output)
  }
  // An output that the new config no longer has: its leads have no route either.
  for (const output of previous)
    if (
      !outputs.some((o) => o.id === output.id) &&
      chooseRoute(before.config, before.edges, output.edgeLabel)
    )
      lost.push(output)
  return lost
}

/** "leads whose call fails", "leads whose call fails or who do not pick up". */
const whoseOutcome = (outputs: readonly NodeOutput[]) =>
  outputs.map((o, i) => (i === 0 ? o.stranded : o.stranded.replace(/^leads /, ''))).join(' or ')

/**
 * What a change does to the leads in flight, in numbers: deleting a step strands everyone on it;
 * deleting or redirecting a connection, or reconfiguring a step, changes where the leads on its
 * source step go next (stranded when their outcome loses its only route).
 */
export function impactOfChange(
  graph: ImpactGraph,
  leadsByStep: ReadonlyMap<string, LeadsOnStep>,
  change: GraphChange,
): ChangeImpact {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]))
  const outgoing = (nodeId: string, edges: readonly ImpactEdge[]) =>
    edges.filter((e) => e.source === nodeId)
  const items: ImpactItem[] = []

  if (change.kind === 'delete') {
    const goneNodes = new Set(change.nodeIds)
    for (const nodeId of change.nodeIds) {
      const entry = leadsByStep.get(nodeId)
      if (!countOn(entry)) continue
      const ids = [...entry!.waiting, ...entry!.inCall].map((l) => l.id)
      items.push({
        nodeId,
        sentence: `${whoIsThere(entry!, quoted(nodes.get(nodeId)))}. ${REMOVES[change.cause ?? 'delete']} ${
          ids.length === 1 ? 'this lead' : 'them'
        } stranded: ${ids.length === 1 ? 'it' : 'they'} will never move on.`,
        strandedLeadIds: ids,
        leads: ids.length,
      })
    }
    const goneEdges = new Set(change.edgeIds)
    const remaining = [
      ...graph.edges.filter((e) => !goneEdges.has(e.id)),
      ...(change.addedEdges ?? []).map((e, i) => ({ ...e, id: `(added ${i})`, target: '(added)' })),
    ]
    const sources = new Set(
      graph.edges
        .filter((e) => goneEdges.has(e.id) && !goneNodes.has(e.source))
        .map((e) => e.source),
    )
    for (const sourceId of sources) {
      const node = nodes.get(sourceId)
      if (node) items.push(...edgeItems(node, graph.edges, remaining, leadsByStep, outgoing))
    }
  } else if (change.kind === 'redirect') {
    const node = nodes.get(change.nodeId)
    const entry = leadsByStep.get(change.nodeId)
    if (node && countOn(entry)) {
      const route = chooseRoute(
        node.config,
        outgoing(change.nodeId, graph.edges),
        change.output.edgeLabel,
      )
      const from = route?.kind === 'edge' ? nodes.get(route.edge.target) : undefined
      items.push({
        nodeId: change.nodeId,
        sentence: `${whoIsThere(entry!, quoted(node))}. From now on, ${change.output.stranded} go to ${quoted(
          nodes.get(change.targetId),
        )}${from ? ` instead of ${quoted(from)}` : ' instead of staying there'}.`,
        strandedLeadIds: [],
        leads: countOn(entry),
      })
    }
  } else {
    const node = nodes.get(change.nodeId)
    const entry = leadsByStep.get(change.nodeId)
    if (node && countOn(entry)) {
      const own = outgoing(change.nodeId, graph.edges)
      const lost = outputsLosingRoute(
        node,
        { config: node.config, edges: own },
        { config: change.config, edges: own },
      )
      if (lost.length)
        items.push({
          nodeId: change.nodeId,
          sentence: `${whoIsThere(entry!, quoted(node))}. With the new settings, ${whoseOutcome(
            lost,
          )} will have no next step and stay there (stranded).${
            entry!.inCall.length ? ' Calls already running finish with the old settings.' : ''
          }`,
          strandedLeadIds: [],
          leads: countOn(entry),
        })
    }
  }

  const stranded = [...new Set(items.flatMap((i) => i.strandedLeadIds))]
  return {
    items,
    strandedLeadIds: stranded,
    leadsReached: items.reduce((sum, i) => sum + i.leads, 0),
  }
}

/** The leads on `node` whose outcome loses its route when its connections become `after`. */
function edgeItems(
  node: ImpactNode,
  before: readonly ImpactEdge[],
  after: readonly ImpactEdge[],
  leadsByStep: ReadonlyMap<string, LeadsOnStep>,
  outgoing: (id: string, edges: readonly ImpactEdge[]) => ImpactEdge[],
): ImpactItem[] {
  const entry = leadsByStep.get(node.id)
  const total = countOn(entry)
  if (!total) return []
  const lost = outputsLosingRoute(
    node,
    { config: node.config, edges: outgoing(node.id, before) },
    { config: node.config, edges: outgoing(node.id, after) },
  )
  if (!lost.length) return []
  const all = nodeOutputs(node) ?? []
  // Every outcome loses its route: all of them are certainly stranded.
  const everyone = lost.length >= all.length
  const ids = everyone ? [...entry!.waiting, ...entry!.inCall].map((l) => l.id) : []
  return [
    {
      nodeId: node.id,
      sentence: everyone
        ? `${whoIsThere(entry!, quoted(node))}. Without this connection they have no next step: ${
            total === 1 ? 'the lead stays' : `all ${plural(total, 'lead')} stay`
          } there, stranded.`
        : `${whoIsThere(entry!, quoted(node))}. Without this connection, ${whoseOutcome(
            lost,
          )} will have no next step and stay there (stranded).`,
      strandedLeadIds: ids,
      leads: total,
    },
  ]
}
