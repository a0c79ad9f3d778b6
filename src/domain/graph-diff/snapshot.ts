/**
 * A workflow's graph as the history keeps it: the API's own field names, nothing else (no
 * secrets live in a graph: the API key is never part of it). Export files use the same shape.
 */
export type SnapshotNode = {
  id: string
  node_type: string
  label: string
  position_x: number
  position_y: number
  config: Record<string, unknown>
}
export type SnapshotEdge = {
  id: string
  from_node_id: string
  to_node_id: string
  label: string | null
}
export type GraphSnapshot = { nodes: SnapshotNode[]; edges: SnapshotEdge[] }

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const num = (v: unknown) => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v
  return typeof n === 'number' && Number.isFinite(n) ? n : 0
}

/** The list inside an API answer (`{ data: [...] }` or a bare array); null when it is neither. */
export function listOf(body: unknown): unknown[] | null {
  if (Array.isArray(body)) return body
  if (isRecord(body) && Array.isArray(body.data)) return body.data
  return null
}

/** One object inside an API answer (`{ data: {...} }` or bare); null when it is not one. */
export function objectOf(body: unknown): Record<string, unknown> | null {
  if (isRecord(body) && isRecord(body.data)) return body.data
  return isRecord(body) ? body : null
}

export function toSnapshotNode(raw: unknown): SnapshotNode | null {
  const n = objectOf(raw)
  if (!n || typeof n.id !== 'string' || typeof n.node_type !== 'string') return null
  return {
    id: n.id,
    node_type: n.node_type,
    label: typeof n.label === 'string' ? n.label : '',
    position_x: num(n.position_x),
    position_y: num(n.position_y),
    config: isRecord(n.config) ? n.config : {},
  }
}

export function toSnapshotEdge(raw: unknown): SnapshotEdge | null {
  const e = objectOf(raw)
  if (!e || typeof e.id !== 'string') return null
  if (typeof e.from_node_id !== 'string' || typeof e.to_node_id !== 'string') return null
  const label = typeof e.label === 'string' && e.label.trim() !== '' ? e.label : null
  return { id: e.id, from_node_id: e.from_node_id, to_node_id: e.to_node_id, label }
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** The graph from the API's node and edge lists, sorted so equal graphs compare equal. */
export function snapshotFromApi(nodesBody: unknown, edgesBody: unknown): GraphSnapshot | null {
  const nodes = listOf(nodesBody)
  const edges = listOf(edgesBody)
  if (!nodes || !edges) return null
  return {
    nodes: nodes
      .map(toSnapshotNode)
      .filter((n): n is SnapshotNode => n !== null)
      .sort(byId),
    edges: edges
      .map(toSnapshotEdge)
      .filter((e): e is SnapshotEdge => e !== null)
      .sort(byId),
  }
}

/** JSON with object keys sorted: the same graph always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .filter((k) => value[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
      .join(',')}}`
  return JSON.stringify(value) ?? 'null'
}

/** A short fingerprint of a graph (FNV-1a over its canonical JSON); equal graphs, equal text. */
export function graphFingerprint(graph: GraphSnapshot): string {
  const text = canonicalJson({
    nodes: [...graph.nodes].sort(byId),
    edges: [...graph.edges].sort(byId),
  })
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0
  }
  return `${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}-${text.length}`
}
