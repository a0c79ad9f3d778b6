import { useQueryClient } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { graphApiFor, historyKeys, toSnapshot } from '../../api/history'
import { fetchGraph } from '../../api/graph'
import { workflowKeys } from '../../api/query-keys'
import { describeError } from '../../api/api-error'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { Button } from '../../components/ui/button'
import { Dialog } from '../../components/ui/dialog'
import { applyGraphOperations, planGraphOperations, type ApplyResult, type GraphOperation } from '../../domain/graph-diff/plan'
import type { GraphSnapshot } from '../../domain/graph-diff/snapshot'

function operationWords(op: GraphOperation, label: (id: string) => string): string {
  switch (op.kind) {
    case 'create-node':
      return `Add step '${op.node.label}'`
    case 'update-node':
      return `Change step '${op.label}' (${Object.keys(op.changes).filter((k) => k !== 'position_y').map((k) => (k === 'position_x' ? 'position' : k)).join(', ')})`
    case 'delete-edge':
      return `Remove connection '${label(op.from)}' → '${label(op.to)}'${op.label ? ` (${op.label})` : ''}`
    case 'create-edge': {
      const id = (r: typeof op.from) => ('existing' in r ? r.existing : r.created)
      return `Connect '${label(id(op.from))}' → '${label(id(op.to))}'${op.label ? ` (${op.label})` : ''}`
    }
    case 'delete-node':
      return `Delete step '${op.label}' (and its connections)`
  }
}

type Props = {
  workflowId: string
  target: { title: string; graph: GraphSnapshot }
  current: WorkflowGraph
  /** Leads now waiting on each step (for the impact of deletions), when known. */
  leadsAt?: (nodeId: string) => number
  onClose: () => void
}

/** Restore a version: the operations from now to it, their impact, applied one by one with progress. */
export function RestoreDialog({ workflowId, target, current, leadsAt, onClose }: Props) {
  const queryClient = useQueryClient()
  const before = useMemo(() => toSnapshot(current), [current])
  const [ops, setOps] = useState(() => planGraphOperations(before, target.graph))
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [result, setResult] = useState<ApplyResult | null>(null)
  const [undoing, setUndoing] = useState(false)
  const labels = new Map([...before.nodes, ...target.graph.nodes].map((n) => [n.id, n.label]))
  const label = (id: string) => labels.get(id) ?? id
  const stranded = ops
    .filter((o): o is Extract<GraphOperation, { kind: 'delete-node' }> => o.kind === 'delete-node')
    .map((o) => ({ label: o.label, leads: leadsAt?.(o.nodeId) ?? 0 }))
    .filter((s) => s.leads > 0)

  async function run(plan: GraphOperation[]) {
    setResult(null)
    setProgress({ done: 0, total: plan.length })
    const outcome = await applyGraphOperations(plan, graphApiFor(workflowId), (done, total) => setProgress({ done, total }))
    setResult(outcome)
    await queryClient.invalidateQueries({ queryKey: workflowKeys.workflow(workflowId) })
    await queryClient.invalidateQueries({ queryKey: historyKeys.all() })
    return outcome
  }

  async function undo() {
    setUndoing(true)
    const now = toSnapshot(await fetchGraph(workflowId))
    const back = planGraphOperations(now, before)
    setOps(back)
    await run(back)
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={`Restore ${target.title}`}
      description={ops.length === 0 ? 'The workflow already matches this version.' : `${ops.length} changes will be made to the live graph, in this order:`}>
      <ol aria-label="Operations" className="mt-2 max-h-60 list-decimal overflow-y-auto pl-6 text-sm">
        {ops.map((op, i) => {
          const applied = result && i < result.applied.length
          const failed = result && !result.ok && i === result.applied.length
          return (
            <li key={i} className={failed ? 'font-semibold text-red-900' : ''}>
              {operationWords(op, label)}
              {applied ? ' — done' : failed ? ' — failed' : result && !result.ok ? ' — not applied' : ''}
            </li>
          )
        })}
      </ol>
      {stranded.length > 0 ? (
        <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          Leads in flight: {stranded.map((s) => `${s.leads} wait in '${s.label}', which this restore deletes`).join('; ')}. They would be stranded.
        </p>
      ) : null}
      {progress ? (
        <div className="mt-3">
          <progress className="w-full" max={progress.total || 1} value={progress.done} aria-label="Restore progress" />
          <p className="text-xs text-slate-700" role="status">
            {progress.done} of {progress.total} applied
          </p>
        </div>
      ) : null}
      {result && !result.ok ? (
        <div role="alert" className="mt-2 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
          Stopped at step {result.applied.length + 1}: {describeError(result.error)}. {result.applied.length} applied, {result.notApplied.length + 1} not applied.
          {!undoing ? (
            <Button size="sm" className="ml-2" onClick={() => void undo()}>
              Undo what was applied
            </Button>
          ) : null}
        </div>
      ) : null}
      {result?.ok ? <p role="status" className="mt-2 text-sm text-green-900">✓ {undoing ? 'Undone.' : 'Restored.'}</p> : null}
      <div className="mt-4 flex justify-end gap-2">
        <Button onClick={onClose}>{result?.ok ? 'Close' : 'Cancel'}</Button>
        {!result && ops.length > 0 ? (
          <Button variant="primary" disabled={progress !== null} onClick={() => void run(ops)}>
            Restore ({ops.length} changes)
          </Button>
        ) : null}
      </div>
    </Dialog>
  )
}
