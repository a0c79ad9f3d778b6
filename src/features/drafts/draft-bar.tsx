import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { describeError } from '../../api/api-error'
import { authorName, draftQuery, useDraftActions, type Draft } from '../../api/drafts'
import { Button } from '../../components/ui/button'
import { Dialog } from '../../components/ui/dialog'
import { describeDiff } from '../../domain/graph-diff/describe-diff'
import { diffGraphs } from '../../domain/graph-diff/diff'
import type { GraphSnapshot } from '../../domain/graph-diff/snapshot'
import type { WorkflowStatus } from '../../domain/workflow-status'
import { formatDateTime } from '../../lib/format'

const isLive = (status: WorkflowStatus) => status === 'active' || status === 'paused'
const sizeOf = (draft: Draft, graph: GraphSnapshot = draft.graph) =>
  describeDiff(diffGraphs(draft.baseGraph, graph)) || 'no changes yet'

/**
 * Says, at all times, whether the canvas shows the live workflow or its draft, who owns the
 * draft, since when and how big it is, and offers what the person may do: start or open the
 * draft, take it over, review and publish, discard, or go back to the live workflow.
 */
export function DraftBar(props: {
  workflowId: string
  status: WorkflowStatus
  viewingDraft: boolean
  onView: (view: 'live' | 'draft') => void
  onReview: () => void
  /** The draft's graph as the canvas holds it (edits included), while the draft is open. */
  draftGraph?: GraphSnapshot | undefined
}) {
  const { workflowId, status, viewingDraft, onView, onReview, draftGraph } = props
  const draftAnswer = useQuery({
    ...draftQuery(workflowId),
    enabled: isLive(status) || viewingDraft,
  })
  const actions = useDraftActions(workflowId)
  const [confirmDiscard, setConfirmDiscard] = useState(false)
  const draft = draftAnswer.data ?? null
  const failure = [actions.start, actions.takeOver, actions.discard].find((m) => m.isError)?.error

  if (!viewingDraft) {
    if (!isLive(status) && !draft) return null
    return (
      <div
        role="region"
        aria-label="Live workflow or draft"
        className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-3 py-1.5 text-sm"
      >
        <strong className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold tracking-wide text-emerald-900 uppercase">
          Live
        </strong>
        {draft ? (
          <>
            <span>
              A draft by {authorName(draft)} exists since {formatDateTime(draft.createdAt)} (
              {sizeOf(draft)}).
            </span>
            <Button size="sm" onClick={() => onView('draft')}>
              {draft.editable ? 'Open the draft' : 'View the draft'}
            </Button>
          </>
        ) : (
          <>
            <span>Edits here reach leads on the next scheduling tick.</span>
            <Button
              size="sm"
              disabled={actions.start.isPending}
              onClick={() => actions.start.mutate(undefined, { onSuccess: () => onView('draft') })}
            >
              Edit as draft
            </Button>
          </>
        )}
        {failure ? (
          <span role="alert" className="text-red-800">
            {describeError(failure)}
          </span>
        ) : null}
      </div>
    )
  }

  return (
    <div
      role="region"
      aria-label="Live workflow or draft"
      className="flex flex-wrap items-center gap-2 border-b-2 border-violet-400 bg-violet-50 px-3 py-1.5 text-sm text-violet-950"
    >
      <strong className="rounded bg-violet-600 px-1.5 py-0.5 text-xs font-semibold tracking-wide text-white uppercase">
        Draft
      </strong>
      {draftAnswer.isPending ? <span role="status">Loading the draft…</span> : null}
      {draftAnswer.isSuccess && !draft ? (
        <>
          <span>This workflow has no draft (it was published or discarded).</span>
          <Button size="sm" onClick={() => onView('live')}>
            Back to the live workflow
          </Button>
        </>
      ) : null}
      {draft ? (
        <>
          <span>
            {draft.editable ? 'Your draft' : `${authorName(draft)}’s draft (read only)`}, since{' '}
            {formatDateTime(draft.createdAt)} · {sizeOf(draft, draftGraph)}. The live workflow and
            its leads are untouched until it is published.
          </span>
          <span className="ml-auto flex flex-wrap gap-2">
            {draft.editable ? (
              <>
                <Button size="sm" variant="primary" onClick={onReview}>
                  Review and publish
                </Button>
                <Button size="sm" variant="danger" onClick={() => setConfirmDiscard(true)}>
                  Discard draft
                </Button>
              </>
            ) : (
              <Button
                size="sm"
                disabled={actions.takeOver.isPending}
                onClick={() => actions.takeOver.mutate()}
              >
                Take it over
              </Button>
            )}
            <Button size="sm" onClick={() => onView('live')}>
              Back to the live workflow
            </Button>
          </span>
        </>
      ) : null}
      {failure ? (
        <span role="alert" className="text-red-800">
          {describeError(failure)}
        </span>
      ) : null}
      <Dialog
        open={confirmDiscard}
        onOpenChange={setConfirmDiscard}
        title="Discard the draft?"
        description={
          draft
            ? `Its changes (${sizeOf(draft)}) are thrown away; the live workflow stays as it is.`
            : undefined
        }
      >
        <div className="flex justify-end gap-2">
          <Button onClick={() => setConfirmDiscard(false)}>Keep the draft</Button>
          <Button
            variant="danger"
            onClick={() =>
              actions.discard.mutate(undefined, {
                onSuccess: () => {
                  setConfirmDiscard(false)
                  onView('live')
                },
              })
            }
          >
            Discard draft
          </Button>
        </div>
      </Dialog>
    </div>
  )
}
