import { edgeKey } from '../graph-diff/diff'
import { planGraphOperations } from '../graph-diff/plan'
import type { GraphSnapshot, SnapshotNode } from '../graph-diff/snapshot'

export type Rebased = {
  graph: GraphSnapshot
  /** The draft's changes that no longer apply to the live graph, in words. */
  dropped: string[]
}

/**
 * Replays a draft's changes (from `base`, the live graph it was started from, to `draft`) on
 * the live graph as it is now. Changes to steps that the live workflow deleted meanwhile are
 * dropped and listed; everything else the live workflow gained is kept.
 */
export function rebaseDraft(
  base: GraphSnapshot,
  draft: GraphSnapshot,
  live: GraphSnapshot,
): Rebased {
  const nodes = new Map(live.nodes.map((n) => [n.id, structuredClone(n)]))
  let edges = live.edges.map((e) => ({ ...e }))
  const dropped: string[] = []
  const created = new Map<string, string>()
  let issued = 0
  const taken = new Set([...live.nodes.map((n) => n.id), ...draft.nodes.map((n) => n.id)])
  const newId = (kind: 'node' | 'edge') => {
    let id: string
    do id = `draft_${kind}_r${++issued}`
    while (taken.has(id))
    taken.add(id)
    return id
  }
  const resolve = (ref: { existing: string } | { created: string }) =>
    'existing' in ref ? ref.existing : created.get(ref.created)

  for (const op of planGraphOperations(base, draft)) {
    switch (op.kind) {
      case 'create-node': {
        // Keep the draft's own id, so the draft's canvas selection and positions carry over.
        const id =
          taken.has(op.ref) && !draft.nodes.some((n) => n.id === op.ref) ? newId('node') : op.ref
        nodes.set(id, { id, ...structuredClone(op.node) } as SnapshotNode)
        created.set(op.ref, id)
        break
      }
      case 'update-node': {
        const node = nodes.get(op.nodeId)
        if (!node)
          dropped.push(`Your change to “${op.label}”: the live workflow deleted that step.`)
        else nodes.set(op.nodeId, { ...node, ...structuredClone(op.changes) })
        break
      }
      case 'delete-edge':
        edges = edges.filter(
          (e) =>
            edgeKey(e) !== edgeKey({ from_node_id: op.from, to_node_id: op.to, label: op.label }),
        )
        break
      case 'create-edge': {
        const from = resolve(op.from)
        const to = resolve(op.to)
        if (!from || !to || !nodes.has(from) || !nodes.has(to)) {
          dropped.push('A connection of yours: one of its steps was deleted in the live workflow.')
          break
        }
        const edge = { id: newId('edge'), from_node_id: from, to_node_id: to, label: op.label }
        if (!edges.some((e) => edgeKey(e) === edgeKey(edge))) edges.push(edge)
        break
      }
      case 'delete-node':
        nodes.delete(op.nodeId)
        edges = edges.filter((e) => e.from_node_id !== op.nodeId && e.to_node_id !== op.nodeId)
        break
    }
  }
  return { graph: { nodes: [...nodes.values()], edges }, dropped }
}
