/** Which kind of write a `/v1` request is; null for writes the history does not keep (demo admin). */
export type WriteKind =
  | { kind: 'workflow.create' }
  | { kind: 'workflow.update'; workflowId: string }
  | { kind: 'workflow.delete'; workflowId: string }
  | { kind: 'workflow.lifecycle'; workflowId: string; action: 'activate' | 'pause' | 'resume' | 'cancel' }
  | { kind: 'workflow.duplicate'; workflowId: string }
  | { kind: 'node.create'; workflowId: string }
  | { kind: 'node.update'; workflowId: string; nodeId: string }
  | { kind: 'node.delete'; workflowId: string; nodeId: string }
  | { kind: 'edge.create'; workflowId: string }
  | { kind: 'edge.delete'; workflowId: string; edgeId: string }
  | { kind: 'leads.enrol'; workflowId: string }
  | { kind: 'lead.remove'; workflowId: string; leadId: string }
  | { kind: 'other'; workflowId: string | null }

const LIFECYCLE = new Set(['activate', 'pause', 'resume', 'cancel'])

/** `path` is the part after `v1/`, e.g. `workflows/wf_1/nodes/n_2`. */
export function classifyWrite(method: string, path: string): WriteKind | null {
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p)
    } catch {
      return p
    }
  })
  if (parts[0] === '__mock') return null
  if (parts[0] !== 'workflows') return { kind: 'other', workflowId: null }
  const [, workflowId, sub, subId, extra] = parts
  if (!workflowId) return method === 'POST' ? { kind: 'workflow.create' } : { kind: 'other', workflowId: null }
  if (extra !== undefined) return { kind: 'other', workflowId }
  if (!sub) {
    if (method === 'PATCH' || method === 'PUT') return { kind: 'workflow.update', workflowId }
    if (method === 'DELETE') return { kind: 'workflow.delete', workflowId }
    return { kind: 'other', workflowId }
  }
  if (!subId && method === 'POST') {
    if (LIFECYCLE.has(sub))
      return { kind: 'workflow.lifecycle', workflowId, action: sub as 'activate' | 'pause' | 'resume' | 'cancel' }
    if (sub === 'duplicate') return { kind: 'workflow.duplicate', workflowId }
    if (sub === 'nodes') return { kind: 'node.create', workflowId }
    if (sub === 'edges') return { kind: 'edge.create', workflowId }
    if (sub === 'leads') return { kind: 'leads.enrol', workflowId }
  }
  if (subId && sub === 'nodes' && (method === 'PATCH' || method === 'PUT')) return { kind: 'node.update', workflowId, nodeId: subId }
  if (subId && sub === 'nodes' && method === 'DELETE') return { kind: 'node.delete', workflowId, nodeId: subId }
  if (subId && sub === 'edges' && method === 'DELETE') return { kind: 'edge.delete', workflowId, edgeId: subId }
  if (subId && sub === 'leads' && method === 'DELETE') return { kind: 'lead.remove', workflowId, leadId: subId }
  return { kind: 'other', workflowId }
}

/** Whether a read shows a workflow's graph (where changes from outside are noticed). */
export function graphReadOf(method: string, path: string): string | null {
  if (method !== 'GET') return null
  const match = /^workflows\/([^/]+)\/(nodes|edges)\/?$/.exec(path)
  return match ? decodeURIComponent(match[1]!) : null
}
