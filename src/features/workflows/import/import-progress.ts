import type { GraphOperation } from '../../../domain/graph-diff/plan'
import type { GraphSnapshot } from '../../../domain/graph-diff/snapshot'

/** The operations that build `graph` in an empty workflow: every step, then every connection. */
export function importOperations(graph: GraphSnapshot): GraphOperation[] {
  const steps: GraphOperation[] = graph.nodes.map(({ id, ...node }) => ({ kind: 'create-node', ref: id, node }))
  const connections: GraphOperation[] = graph.edges.map((e) => ({
    kind: 'create-edge',
    from: { created: e.from_node_id },
    to: { created: e.to_node_id },
    label: e.label,
  }))
  return [...steps, ...connections]
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** "3 of 5 steps and 0 of 4 connections": how far an import got. */
export function describeImported(all: GraphOperation[], applied: GraphOperation[]): string {
  const count = (list: GraphOperation[], kind: GraphOperation['kind']) => list.filter((o) => o.kind === kind).length
  const steps = count(all, 'create-node')
  const connections = count(all, 'create-edge')
  return (
    `${count(applied, 'create-node')} of ${plural(steps, 'step', 'steps')} and ` +
    `${count(applied, 'create-edge')} of ${plural(connections, 'connection', 'connections')}`
  )
}

/** The operation in words, naming steps by their label in the file. */
export function describeImportOperation(op: GraphOperation, graph: GraphSnapshot): string {
  const label = (id: string) => `'${graph.nodes.find((n) => n.id === id)?.label || id}'`
  const ref = (r: { existing: string } | { created: string }) => label('existing' in r ? r.existing : r.created)
  if (op.kind === 'create-node') return `adding the step '${op.node.label}'`
  if (op.kind === 'create-edge') return `connecting ${ref(op.from)} to ${ref(op.to)}${op.label ? ` (${op.label})` : ''}`
  return op.kind
}
