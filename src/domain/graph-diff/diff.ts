import { canonicalJson, type GraphSnapshot, type SnapshotEdge, type SnapshotNode } from './snapshot'

export type FieldChange = { field: string; before: unknown; after: unknown }
export type NodeChange = { before: SnapshotNode; after: SnapshotNode; fields: FieldChange[] }

export type GraphDiff = {
  addedNodes: SnapshotNode[]
  removedNodes: SnapshotNode[]
  changedNodes: NodeChange[]
  addedEdges: SnapshotEdge[]
  removedEdges: SnapshotEdge[]
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b)

/** Field by field: label, type, position (one field), then each config key that differs. */
export function nodeFieldChanges(before: SnapshotNode, after: SnapshotNode): FieldChange[] {
  const fields: FieldChange[] = []
  if (before.node_type !== after.node_type)
    fields.push({ field: 'node_type', before: before.node_type, after: after.node_type })
  if (before.label !== after.label)
    fields.push({ field: 'label', before: before.label, after: after.label })
  if (before.position_x !== after.position_x || before.position_y !== after.position_y)
    fields.push({
      field: 'position',
      before: { x: before.position_x, y: before.position_y },
      after: { x: after.position_x, y: after.position_y },
    })
  const keys = new Set([...Object.keys(before.config), ...Object.keys(after.config)])
  for (const key of [...keys].sort())
    if (!same(before.config[key], after.config[key]))
      fields.push({ field: `config.${key}`, before: before.config[key], after: after.config[key] })
  return fields
}

/**
 * An edge's meaning, independent of its id: where it goes and on which outcome. Two edges with
 * the same meaning are the same connection even when one was re-created with a new id.
 */
export const edgeKey = (e: Pick<SnapshotEdge, 'from_node_id' | 'to_node_id' | 'label'>) =>
  `${e.from_node_id}\u0000${e.to_node_id}\u0000${(e.label ?? '').toLowerCase()}`

/** What changed from `before` to `after`. Steps are matched by id, connections by meaning. */
export function diffGraphs(before: GraphSnapshot, after: GraphSnapshot): GraphDiff {
  const beforeNodes = new Map(before.nodes.map((n) => [n.id, n]))
  const afterNodes = new Map(after.nodes.map((n) => [n.id, n]))
  const addedNodes = after.nodes.filter((n) => !beforeNodes.has(n.id))
  const removedNodes = before.nodes.filter((n) => !afterNodes.has(n.id))
  const changedNodes: NodeChange[] = []
  for (const node of after.nodes) {
    const old = beforeNodes.get(node.id)
    if (!old) continue
    const fields = nodeFieldChanges(old, node)
    if (fields.length > 0) changedNodes.push({ before: old, after: node, fields })
  }
  const count = (edges: SnapshotEdge[]) => {
    const map = new Map<string, SnapshotEdge[]>()
    for (const e of edges) map.set(edgeKey(e), [...(map.get(edgeKey(e)) ?? []), e])
    return map
  }
  const beforeEdges = count(before.edges)
  const afterEdges = count(after.edges)
  const addedEdges: SnapshotEdge[] = []
  const removedEdges: SnapshotEdge[] = []
  for (const [key, list] of afterEdges)
    addedEdges.push(...list.slice(beforeEdges.get(key)?.length ?? 0))
  for (const [key, list] of beforeEdges)
    removedEdges.push(...list.slice(afterEdges.get(key)?.length ?? 0))
  return { addedNodes, removedNodes, changedNodes, addedEdges, removedEdges }
}

export function isEmptyDiff(diff: GraphDiff): boolean {
  return (
    diff.addedNodes.length +
      diff.removedNodes.length +
      diff.changedNodes.length +
      diff.addedEdges.length +
      diff.removedEdges.length ===
    0
  )
}
