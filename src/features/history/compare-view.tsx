import { useMemo } from 'react'
import { Background, ReactFlow, type Edge, type Node } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { describeNodeUpdate } from '../../domain/activity/words'
import { diffGraphs, edgeKey } from '../../domain/graph-diff/diff'
import type { GraphSnapshot } from '../../domain/graph-diff/snapshot'
import { Button } from '../../components/ui/button'

type Mark = 'added' | 'removed' | 'changed' | 'same'
const MARK_TEXT: Record<Mark, string> = { added: '+ Added', removed: '− Removed', changed: '~ Changed', same: '' }
const MARK_STYLE: Record<Mark, string> = {
  added: 'border-green-700 bg-green-50 border-2',
  removed: 'border-red-700 bg-red-50 border-2 border-dashed',
  changed: 'border-amber-700 bg-amber-50 border-2',
  same: 'border-slate-300 bg-white',
}

export type CompareSide = { title: string; graph: GraphSnapshot }

/** Both graphs on one canvas: steps and connections marked added, removed or changed (in text too). */
export function CompareView({ from, to, onClose }: { from: CompareSide; to: CompareSide; onClose: () => void }) {
  const { nodes, edges, changes } = useMemo(() => {
    const diff = diffGraphs(from.graph, to.graph)
    const mark = new Map<string, Mark>()
    for (const n of diff.addedNodes) mark.set(n.id, 'added')
    for (const n of diff.removedNodes) mark.set(n.id, 'removed')
    for (const c of diff.changedNodes) mark.set(c.after.id, 'changed')
    const all = [...to.graph.nodes, ...diff.removedNodes]
    const nodes: Node[] = all.map((n) => {
      const m = mark.get(n.id) ?? 'same'
      return {
        id: n.id,
        position: { x: n.position_x, y: n.position_y },
        data: { label: `${MARK_TEXT[m] ? `${MARK_TEXT[m]}: ` : ''}${n.label}` },
        className: `rounded-md px-2 py-1 text-xs ${MARK_STYLE[m]}`,
        ariaLabel: `${n.label}${m === 'same' ? '' : ` (${m})`}`,
      }
    })
    const added = new Set(diff.addedEdges.map(edgeKey))
    const edges: Edge[] = [
      ...to.graph.edges.map((e) => ({
        id: `to-${e.id}`,
        source: e.from_node_id,
        target: e.to_node_id,
        label: `${added.has(edgeKey(e)) ? '+ added ' : ''}${e.label ?? ''}`.trim() || undefined,
        style: added.has(edgeKey(e)) ? { stroke: '#15803d', strokeWidth: 2.5 } : undefined,
      })),
      ...diff.removedEdges.map((e) => ({
        id: `from-${e.id}`,
        source: e.from_node_id,
        target: e.to_node_id,
        label: `− removed ${e.label ?? ''}`.trim(),
        style: { stroke: '#b91c1c', strokeDasharray: '6 4', strokeWidth: 2 },
      })),
    ]
    const label = (id: string) => all.find((n) => n.id === id)?.label ?? id
    const changes = [
      ...diff.addedNodes.map((n) => `Added step '${n.label}'`),
      ...diff.removedNodes.map((n) => `Removed step '${n.label}'`),
      ...diff.changedNodes.map((c) => `${describeNodeUpdate(c.before, c.after)} (fields: ${c.fields.map((f) => f.field.replace(/^config\./, '')).join(', ')})`),
      ...diff.addedEdges.map((e) => `Added connection '${label(e.from_node_id)}' → '${label(e.to_node_id)}'${e.label ? ` (${e.label})` : ''}`),
      ...diff.removedEdges.map((e) => `Removed connection '${label(e.from_node_id)}' → '${label(e.to_node_id)}'${e.label ? ` (${e.label})` : ''}`),
    ]
    return { nodes, edges, changes }
  }, [from, to])

  return (
    <section aria-label="Compare versions" className="flex h-full min-h-0 flex-col">
      <header className="flex items-center gap-3 border-b border-slate-200 bg-white px-3 py-2 text-sm">
        <h2 className="font-semibold">
          Compare {from.title} → {to.title}
        </h2>
        <span className="text-xs text-slate-600">{changes.length} differences</span>
        <Button size="sm" className="ml-auto" onClick={onClose}>
          Close compare
        </Button>
      </header>
      <div className="flex min-h-0 flex-1">
        <div className="min-w-0 flex-1" data-testid="compare-canvas">
          <ReactFlow nodes={nodes} edges={edges} fitView nodesDraggable={false} nodesConnectable={false} onlyRenderVisibleElements>
            <Background />
          </ReactFlow>
        </div>
        <ul aria-label="Differences" className="w-72 shrink-0 overflow-y-auto border-l border-slate-200 bg-white p-2 text-xs">
          {changes.length === 0 ? <li>No differences.</li> : changes.map((c, i) => <li key={i} className="border-b border-slate-100 py-1">{c}</li>)}
        </ul>
      </div>
    </section>
  )
}
