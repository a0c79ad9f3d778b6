import type { WorkflowEdge, WorkflowGraph, WorkflowNode } from '../../api/schemas/graph'
import { isKnownNodeType, NODE_TYPE_SPECS, type NodeOutput } from '../../domain/node-types'
import { nodeOutputs } from '../../domain/node-outputs'
import { stepName } from '../../domain/step-types/spec'

/**
 * Compressed adjacency: the neighbours of node `i` sit in slots `start[i]` … `start[i + 1] - 1`;
 * `targets[k]` is the neighbour's position and `edgeAt[k]` the index of the edge in `edges`.
 */
export type Adjacency = { start: Int32Array; targets: Int32Array; edgeAt: Int32Array }

/**
 * Everything the checks look up, built once per run in O(nodes + edges) without a per-node
 * allocation. Nodes are addressed by their position in `nodes`, so graph walks run over typed
 * arrays instead of string maps.
 */
export type GraphIndex = {
  nodes: readonly WorkflowNode[]
  edges: readonly WorkflowEdge[]
  position: ReadonlyMap<string, number>
  /** Edges whose both ends exist, by source (`out`) and by target (`in`). */
  out: Adjacency
  in: Adjacency
  /** Edges that name a node the graph does not hold. */
  danglingEdges: readonly WorkflowEdge[]
  /** Positions of the nodes without an incoming edge: where leads start. */
  entries: readonly number[]
  /** 1 where a node can be reached from an entry (entries included). */
  reachable: Uint8Array
  /** Outputs per position; `undefined` for a node type this client does not know. */
  outputs: readonly (readonly NodeOutput[] | undefined)[]
}

/** Counting sort of the edges by `from`, stable, so each node keeps its edges in graph order. */
function adjacency(
  size: number,
  from: Int32Array,
  to: Int32Array,
  edgeIdx: Int32Array,
  count: number,
): Adjacency {
  const start = new Int32Array(size + 1)
  for (let k = 0; k < count; k++) {
    const i = (from[k] as number) + 1
    start[i] = (start[i] as number) + 1
  }
  for (let i = 0; i < size; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number)
  const next = start.slice(0, size)
  const targets = new Int32Array(count)
  const edgeAt = new Int32Array(count)
  for (let k = 0; k < count; k++) {
    const i = from[k] as number
    const slot = next[i] as number
    next[i] = slot + 1
    targets[slot] = to[k] as number
    edgeAt[slot] = edgeIdx[k] as number
  }
  return { start, targets, edgeAt }
}

export function buildGraphIndex(graph: WorkflowGraph): GraphIndex {
  const { nodes, edges } = graph
  const size = nodes.length
  const position = new Map<string, number>()
  const outputs: (readonly NodeOutput[] | undefined)[] = []
  nodes.forEach((node, i) => {
    position.set(node.id, i)
    outputs.push(nodeOutputs(node))
  })
  const from = new Int32Array(edges.length)
  const to = new Int32Array(edges.length)
  const edgeIdx = new Int32Array(edges.length)
  const danglingEdges: WorkflowEdge[] = []
  let count = 0
  edges.forEach((edge, e) => {
    const s = position.get(edge.source)
    const t = position.get(edge.target)
    if (s === undefined || t === undefined) return void danglingEdges.push(edge)
    from[count] = s
    to[count] = t
    edgeIdx[count++] = e
  })
  const out = adjacency(size, from, to, edgeIdx, count)
  const inAdj = adjacency(size, to, from, edgeIdx, count)
  const entries: number[] = []
  for (let i = 0; i < size; i++) if (inAdj.start[i] === inAdj.start[i + 1]) entries.push(i)
  return {
    nodes,
    edges,
    position,
    out,
    in: inAdj,
    danglingEdges,
    entries,
    reachable: reach(size, entries, out),
    outputs,
  }
}

/** The edges in node `i`'s slots of an adjacency, in graph order. */
export function edgesOf(index: GraphIndex, adj: Adjacency, i: number): WorkflowEdge[] {
  const list: WorkflowEdge[] = []
  const end = adj.start[i + 1] as number
  for (let k = adj.start[i] as number; k < end; k++)
    list.push(index.edges[adj.edgeAt[k] as number] as WorkflowEdge)
  return list
}

/** The node with this id, if the graph holds it. */
export function nodeAt(index: GraphIndex, id: string): WorkflowNode | undefined {
  const i = index.position.get(id)
  return i === undefined ? undefined : index.nodes[i]
}

/** Breadth-first search over positions; `expand(i)` false stops the walk past node `i`. */
export function reach(
  size: number,
  starts: readonly number[],
  adj: Adjacency,
  expand?: (i: number) => boolean,
): Uint8Array {
  const seen = new Uint8Array(size)
  const queue = new Int32Array(size)
  let tail = 0
  for (const s of starts) {
    if (seen[s]) continue
    seen[s] = 1
    queue[tail++] = s
  }
  for (let head = 0; head < tail; head++) {
    const v = queue[head] as number
    if (expand && !expand(v)) continue
    const end = adj.start[v + 1] as number
    for (let k = adj.start[v] as number; k < end; k++) {
      const w = adj.targets[k] as number
      if (seen[w]) continue
      seen[w] = 1
      queue[tail++] = w
    }
  }
  return seen
}

/** How messages name a node: its label in quotes, or its type and id when it has no label. */
export function nameOf(node: WorkflowNode | undefined, fallbackId = '?'): string {
  if (!node) return `“${fallbackId}”`
  const type = node.nodeType
  return stepName(node, isKnownNodeType(type) ? NODE_TYPE_SPECS[type].title : type)
}

/** “A”, “B” and 3 more — keeps messages short for big loops. */
export function listNames(names: readonly string[], max = 3): string {
  if (names.length <= 1) return names[0] ?? ''
  if (names.length > max) return `${names.slice(0, max).join(', ')} and ${names.length - max} more`
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
