import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'
import { describeError } from '../../api/api-error'
import { authorName, useDraftActions, type Draft } from '../../api/drafts'
import { fetchGraph } from '../../api/graph'
import { draftGraphId } from '../../api/graph-source'
import { graphApiFor, historyKeys, toSnapshot } from '../../api/history'
import { fetchLeadsInFlight } from '../../api/leads-in-flight'
import { workflowKeys } from '../../api/query-keys'
import { Button } from '../../components/ui/button'
import { Dialog } from '../../components/ui/dialog'
import { impactGraphOf, impactOfChange, type ChangeImpact } from '../../domain/change-impact/impact'
import { groupLeadsByStep } from '../../domain/change-impact/leads-on-steps'
import { diffGraphs, isEmptyDiff } from '../../domain/graph-diff/diff'
import {
  applyGraphOperations,
  planGraphOperations,
  type ApplyResult,
  type GraphOperation,
} from '../../domain/graph-diff/plan'
import { graphFingerprint, type GraphSnapshot } from '../../domain/graph-diff/snapshot'
import { rebaseDraft } from '../../domain/drafts/rebase'
import { describeDiff } from '../../domain/graph-diff/describe-diff'
import { PlanSteps } from '../../components/ui/plan-steps'

type Prepared =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'stale'; live: GraphSnapshot; changes: string }
  | { kind: 'ready'; live: GraphSnapshot; ops: GraphOperation[]; impact: ChangeImpact | null }

/**
 * Review and publish a draft: the live graph is read again; if it changed since the draft was
 * started the person rebases or discards (never a silent overwrite); otherwise the operations,
 * their impact on leads in flight, and "Publish" applies them with a progress bar. A failure
 * part-way stops, says what was and was not applied, and offers to roll that back; the draft is
 * kept until the publish fully succeeds, then it becomes a named version.
 */
export function PublishDialog(props: {
  workflowId: string
  draft: Draft
  onClose: () => void
  onPublished: () => void
  /** The person chose to discard the draft instead of bringing it up to date. */
  onDiscarded: () => void
}) {
  const { workflowId, draft, onClose, onPublished, onDiscarded } = props
  const queryClient = useQueryClient()
  const actions = useDraftActions(workflowId)
  const [prepared, setPrepared] = useState<Prepared>({ kind: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [result, setResult] = useState<ApplyResult | null>(null)
  const [rolledBack, setRolledBack] = useState<ApplyResult | null>(null)
  const [finishError, setFinishError] = useState<string | null>(null)
  const [dropped, setDropped] = useState<string[]>([])

  // Prepared once per attempt (and after a rebase, which changes the revision): what the live
  // workflow and the draft are when the dialog opens, not after each change it applies.
  const latest = useRef(draft)
  useEffect(() => {
    latest.current = draft
  })
  const revision = draft.revision
  /** Once changes are being applied, what the dialog shows is their outcome, never a re-check. */
  const applying = useRef(false)
  useEffect(() => {
    if (applying.current) return
    let cancelled = false
    const draft = latest.current
    void (async () => {
      try {
        const [liveGraph, draftNow] = await Promise.all([
          fetchGraph(workflowId),
          fetchGraph(draftGraphId(workflowId)),
        ])
        const live = toSnapshot(liveGraph)
        const target = toSnapshot(draftNow)
        if (cancelled) return
        if (graphFingerprint(live) !== graphFingerprint(draft.baseGraph)) {
          const changes = describeDiff(diffGraphs(draft.baseGraph, live))
          setPrepared({ kind: 'stale', live, changes })
          return
        }
        const ops = planGraphOperations(live, target)
        const deletedNodes = ops.flatMap((o) => (o.kind === 'delete-node' ? [o.nodeId] : []))
        const deletedEdges = ops.flatMap((o) => (o.kind === 'delete-edge' ? [o.edgeId] : []))
        let impact: ChangeImpact | null = null
        try {
          const inFlight = await fetchLeadsInFlight(workflowId)
          impact = impactOfChange(impactGraphOf(live), groupLeadsByStep(inFlight.leads), {
            kind: 'delete',
            nodeIds: deletedNodes,
            edgeIds: deletedEdges,
            addedEdges: ops.flatMap((o) =>
              o.kind === 'create-edge' && 'existing' in o.from
                ? [{ source: o.from.existing, label: o.label }]
                : [],
            ),
            cause: 'publish',
          })
        } catch {
          impact = null
        }
        if (!cancelled) setPrepared({ kind: 'ready', live, ops, impact })
      } catch (error) {
        if (!cancelled) setPrepared({ kind: 'error', message: describeError(error) })
      }
    })()
    return () => {
      cancelled = true
    }
  }, [workflowId, revision, attempt])

  const labels = useMemo(
    () => new Map([...draft.baseGraph.nodes, ...draft.graph.nodes].map((n) => [n.id, n.label])),
    [draft],
  )
  const label = (id: string) => labels.get(id) ?? id

  async function refresh() {
    await queryClient.invalidateQueries({ queryKey: workflowKeys.workflow(workflowId) })
    await queryClient.invalidateQueries({ queryKey: historyKeys.all() })
  }

  async function publish(ops: GraphOperation[]) {
    applying.current = true
    setResult(null)
    setFinishError(null)
    setProgress({ done: 0, total: ops.length })
    const outcome = await applyGraphOperations(ops, graphApiFor(workflowId), (done, total) =>
      setProgress({ done, total }),
    )
    setResult(outcome)
    await refresh()
    if (outcome.ok) await finish()
  }

  async function finish() {
    try {
      await actions.published.mutateAsync(`Published draft by ${authorName(draft)}`)
      await refresh()
      onPublished()
    } catch (error) {
      setFinishError(describeError(error))
    }
  }

  async function rollBack(before: GraphSnapshot) {
    const now = toSnapshot(await fetchGraph(workflowId))
    const back = planGraphOperations(now, before)
    setProgress({ done: 0, total: back.length })
    const outcome = await applyGraphOperations(back, graphApiFor(workflowId), (done, total) =>
      setProgress({ done, total }),
    )
    setRolledBack(outcome)
    await refresh()
  }

  async function rebase(live: GraphSnapshot) {
    const current = toSnapshot(await fetchGraph(draftGraphId(workflowId)))
    const { graph, dropped: lost } = rebaseDraft(draft.baseGraph, current, live)
    await actions.rebase.mutateAsync({ baseGraph: live, graph, revision: draft.revision })
    setDropped(lost)
    setAttempt((n) => n + 1)
  }

  const busy = progress !== null && !result
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && !busy && onClose()}
      title="Publish the draft"
      description="Publishing applies the draft to the live workflow, one change at a time; its leads follow the new graph from the next scheduling tick."
    >
      <div className="flex max-h-[70vh] flex-col gap-3 overflow-y-auto text-sm text-slate-800">
        {prepared.kind === 'loading' ? <p role="status">Reading the live workflow…</p> : null}
        {prepared.kind === 'error' ? (
          <div role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-900">
            The live workflow could not be read: {prepared.message}
            <Button size="sm" className="ml-2" onClick={() => setAttempt((n) => n + 1)}>
              Try again
            </Button>
          </div>
        ) : null}
        {prepared.kind === 'stale' ? (
          <div
            role="alert"
            className="flex flex-col gap-2 rounded border border-amber-300 bg-amber-50 p-2 text-amber-950"
          >
            <p>
              The live workflow changed since this draft was started ({prepared.changes}).
              Publishing now would overwrite those changes, so it is not offered.
            </p>
            <p>
              Bring the draft up to date: the live changes are kept and the draft’s changes are
              applied on top of them. Or discard the draft.
            </p>
            <div className="flex flex-wrap gap-2">
              <Button
                size="sm"
                variant="primary"
                disabled={!draft.editable || actions.rebase.isPending}
                onClick={() => void rebase(prepared.live)}
              >
                Bring the draft up to date
              </Button>
              <Button
                size="sm"
                variant="danger"
                disabled={!draft.editable || actions.discard.isPending}
                onClick={() => actions.discard.mutate(undefined, { onSuccess: onDiscarded })}
              >
                Discard the draft
              </Button>
              <Button size="sm" onClick={onClose}>
                Cancel
              </Button>
            </div>
            {actions.rebase.isError ? <p>{describeError(actions.rebase.error)}</p> : null}
          </div>
        ) : null}
        {dropped.length ? (
          <div role="status" className="rounded border border-amber-300 bg-amber-50 p-2">
            <p>The draft was brought up to date. These of its changes no longer apply:</p>
            <ul className="list-disc pl-5">
              {dropped.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {prepared.kind === 'ready' ? (
          <>
            {prepared.ops.length === 0 ? (
              <p>The draft and the live workflow are the same: there is nothing to publish.</p>
            ) : (
              <>
                <p>
                  {prepared.ops.length === 1 ? '1 change' : `${prepared.ops.length} changes`} to the
                  live graph, in this order:
                </p>
                <PlanSteps
                  ops={prepared.ops}
                  result={result}
                  progress={progress}
                  label={label}
                  listName="Changes to publish"
                  progressName="Publish progress"
                />
              </>
            )}
            <section
              aria-label="Impact on leads in flight"
              className="rounded border border-slate-200 p-2"
            >
              {prepared.impact === null ? (
                <p>
                  The leads in flight could not be counted; a step the draft removes strands any
                  lead on it.
                </p>
              ) : prepared.impact.items.length === 0 ? (
                <p>No lead in flight is on a step or connection the draft removes.</p>
              ) : (
                <ul className="list-disc pl-5">
                  {prepared.impact.items.map((item) => (
                    <li key={item.nodeId}>{item.sentence}</li>
                  ))}
                </ul>
              )}
            </section>
          </>
        ) : null}
        {result && !result.ok && prepared.kind === 'ready' ? (
          <div role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-900">
            <p>
              Publishing stopped at change {result.applied.length + 1}:{' '}
              {describeError(result.error)} {result.applied.length} applied,{' '}
              {result.notApplied.length + 1} not applied. The draft is kept.
            </p>
            {rolledBack ? (
              <p className="mt-1">
                {rolledBack.ok
                  ? '✓ What was applied has been rolled back: the live workflow is as it was.'
                  : `The roll-back stopped too: ${describeError(rolledBack.error)}`}
              </p>
            ) : result.applied.length ? (
              <Button size="sm" className="mt-1" onClick={() => void rollBack(prepared.live)}>
                Roll back the {result.applied.length} applied changes
              </Button>
            ) : null}
          </div>
        ) : null}
        {finishError ? (
          <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-2">
            The live workflow now matches the draft, but the console could not close the draft and
            record the version: {finishError}
            <Button size="sm" className="ml-2" onClick={() => void finish()}>
              Try again
            </Button>
          </p>
        ) : null}
        <div className="flex justify-end gap-2">
          <Button disabled={busy} onClick={onClose}>
            {result?.ok ? 'Close' : 'Cancel'}
          </Button>
          {prepared.kind === 'ready' && prepared.ops.length > 0 && !result ? (
            <Button
              variant="primary"
              disabled={busy || !draft.editable}
              onClick={() => void publish(prepared.ops)}
            >
              Publish {prepared.ops.length === 1 ? '1 change' : `${prepared.ops.length} changes`}
            </Button>
          ) : null}
        </div>
      </div>
    </Dialog>
  )
}

export const isDraftEmpty = (draft: Draft) => isEmptyDiff(diffGraphs(draft.baseGraph, draft.graph))
