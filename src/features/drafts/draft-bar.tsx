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
 * On the live workflow, in the header's actions: "Edit as draft", or the draft that exists (by
 * whom, since when, how big) and the way into it. Takes no height from the canvas.
 */
export function DraftEntry(props: {
  workflowId: string
  status: WorkflowStatus
  onView: (view: 'live' | 'draft') => void
}) {
  const { workflowId, status, onView } = props
  const draftAnswer = useQuery({ ...draftQuery(workflowId), enabled: isLive(status) })
  const actions = useDraftActions(workflowId)
  const draft = draftAnswer.data ?? null
  if (!isLive(status) && !draft) return null
  const failure = actions.start.error
  return (
    <span className="hidden items-center gap-2 md:inline-flex">
      {draft ? (
        <Button
          onClick={() => onView('draft')}
          title={`A draft by ${authorName(draft)} exists since ${formatDateTime(draft.createdAt)} (${sizeOf(draft)}).`}
        >
          {draft.editable ? 'Open your draft' : `View ${authorName(draft)}’s draft`}
        </Button>
      ) : (
        <Button
          disabled={actions.start.isPending}
          title="Change this live workflow in a draft first; nothing reaches its leads until you publish."
          onClick={() => actions.start.mutate(undefined, { onSuccess: () => onView('draft') })}
        >
          Edit as draft
        </Button>
      )}
      {failure ? (
        <span role="alert" className="text-sm text-red-800">
          {describeError(failure)}
        </span>
      ) : null}
    </span>
  )
}

/**
 * While the draft is open: says, at all times, that this is the draft and not the live
 * workflow, whose it is, since when and how big; and offers review and publish, discard, take
 * over, or the way back to the live workflow.
 */
export function DraftBar(props: {
  workflowId: string
  onView: (view: 'live' | 'draft') => void
  onReview: () => void
  /** The draft's graph as the canvas holds it (edits included), while the draft is open. */
  draftGraph?: GraphSnapshot | undefined
}) {
  const { workflowId, onView, onReview, draftGraph } = props
  const draftAnswer = useQuery(draftQuery(workflowId))
  const actions = useDraftActions(workflowId)
  const [confirmDiscard, setConfirmDiscard] = useState(false)
  const draft = draftAnswer.data ?? null
  const failure = [actions.start, actions.takeOver, actions.discard].find((m) => m.isError)?.error

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
          <span className="min-w-0 flex-1">
            {draft.editable ? 'Your draft' : `${authorName(draft)}’s draft (read only)`} since{' '}
            {formatDateTime(draft.createdAt)} · {sizeOf(draft, draftGraph)}. Live workflow and leads
            untouched until published.
          </span>
          <span className="ml-auto flex shrink-0 gap-2">
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
              Back to live
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
