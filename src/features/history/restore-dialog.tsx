import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { graphApiFor, historyKeys, toSnapshot } from '../../api/history'
import { fetchGraph } from '../../api/graph'
import { workflowKeys } from '../../api/query-keys'
import { describeError } from '../../api/api-error'
import { leadsInFlightQuery } from '../../api/leads-in-flight'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { Button } from '../../components/ui/button'
import { Dialog } from '../../components/ui/dialog'
import {
  applyGraphOperations,
  planGraphOperations,
  type ApplyResult,
  type GraphOperation,
} from '../../domain/graph-diff/plan'
import type { GraphSnapshot } from '../../domain/graph-diff/snapshot'
import { PlanSteps } from '../../components/ui/plan-steps'
import { LeadImpactNotice } from './lead-impact-notice'

type Props = {
  workflowId: string
  target: { title: string; graph: GraphSnapshot }
  current: WorkflowGraph
  onClose: () => void
}

/** Restore a version: the operations from now to it, their impact, applied one by one with progress. */
export function RestoreDialog({ workflowId, target, current, onClose }: Props) {
  const queryClient = useQueryClient()
  const before = useMemo(() => toSnapshot(current), [current])
  const [ops, setOps] = useState(() => planGraphOperations(before, target.graph))
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [result, setResult] = useState<ApplyResult | null>(null)
  const [undoing, setUndoing] = useState(false)
  const labels = new Map([...before.nodes, ...target.graph.nodes].map((n) => [n.id, n.label]))
  const label = (id: string) => labels.get(id) ?? id
  // Fresh counts when the dialog opens: the impact is of this restore, now.
  const leads = useQuery({ ...leadsInFlightQuery(workflowId), staleTime: 0 })

  async function run(plan: GraphOperation[]) {
    setResult(null)
    setProgress({ done: 0, total: plan.length })
    const outcome = await applyGraphOperations(plan, graphApiFor(workflowId), (done, total) =>
      setProgress({ done, total }),
    )
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
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`Restore ${target.title}`}
      description={
        ops.length === 0
          ? 'The workflow already matches this version.'
          : `${ops.length} changes will be made to the live graph, in this order:`
      }
    >
      <PlanSteps
        ops={ops}
        result={result}
        progress={progress}
        label={label}
        listName="Operations"
        progressName="Restore progress"
      />
      {!result ? (
        <LeadImpactNotice ops={ops} current={before} leads={leads} cause="restore" />
      ) : null}
      {result && !result.ok ? (
        <div
          role="alert"
          className="mt-2 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900"
        >
          Stopped at step {result.applied.length + 1}: {describeError(result.error)}.{' '}
          {result.applied.length} applied, {result.notApplied.length + 1} not applied.
          {!undoing ? (
            <Button size="sm" className="ml-2" onClick={() => void undo()}>
              Undo what was applied
            </Button>
          ) : null}
        </div>
      ) : null}
      {result?.ok ? (
        <p role="status" className="mt-2 text-sm text-green-900">
          ✓ {undoing ? 'Undone.' : 'Restored.'}
        </p>
      ) : null}
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
