import { useCallback, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { describeError } from '../../../api/api-error'
import { graphQueries } from '../../../api/graph'
import { leadsInFlightQuery } from '../../../api/leads-in-flight'
import { Button } from '../../../components/ui/button'
import { Dialog } from '../../../components/ui/dialog'
import {
  impactOfChange,
  type ChangeImpact,
  type GraphChange,
} from '../../../domain/change-impact/impact'
import { groupLeadsByStep, plural } from '../../../domain/change-impact/leads-on-steps'
import type { WorkflowStatus } from '../../../domain/workflow-status'
import { isLive } from './edit-guard'

/** What the person chose: not to make the change, or to make it (and remove the stranded leads). */
export type ImpactAnswer = { go: false } | { go: true; removeLeadIds: string[] }

type Asking = {
  /** "Delete “Call 2”", "Change where “Call 1” goes", "Save “Wait 2 days”". */
  title: string
  verb: string
  impact: ChangeImpact | null
  /** The leads could not be counted: the dialog says so and why. */
  error: string | null
  partial: boolean
  resolve: (answer: ImpactAnswer) => void
}

const NOTHING: ImpactAnswer = { go: true, removeLeadIds: [] }

/**
 * Before a change that can reach leads in flight on an active or paused workflow (deleting a
 * step or connection, redirecting one, changing a step's outputs), count from the API the leads
 * it reaches and, when there are any, say so with the numbers and let the person choose.
 * Without any lead reached the generic live-edit question (`confirm`) is asked instead.
 */
export function useChangeImpact(options: {
  workflowId: string
  status: WorkflowStatus
  confirm: () => Promise<boolean>
  /** The impact dialog answered yes: the generic live-edit question need not be asked again. */
  onConfirmed: () => void
}) {
  const { workflowId, status, confirm, onConfirmed } = options
  const queryClient = useQueryClient()
  const [asking, setAsking] = useState<Asking | null>(null)
  const live = isLive(status)

  const check = useCallback(
    async (change: GraphChange, text: { title: string; verb: string }): Promise<ImpactAnswer> => {
      if (!live) return (await confirm()) ? NOTHING : { go: false }
      let impact: ChangeImpact | null = null
      let error: string | null = null
      let partial = false
      try {
        const inFlight = await queryClient.fetchQuery({
          ...leadsInFlightQuery(workflowId),
          staleTime: 0,
        })
        const graph = queryClient.getQueryData(graphQueries.graph(workflowId).queryKey)
        impact = impactOfChange(
          graph ?? { nodes: [], edges: [] },
          groupLeadsByStep(inFlight.leads),
          change,
        )
        partial = !inFlight.complete
      } catch (cause) {
        error = describeError(cause)
      }
      // Nobody in flight is reached: only the generic question, once per visit.
      if (impact && impact.items.length === 0) return (await confirm()) ? NOTHING : { go: false }
      return new Promise<ImpactAnswer>((resolve) =>
        setAsking({ ...text, impact, error, partial, resolve }),
      )
    },
    [live, queryClient, workflowId, confirm],
  )

  const answer = useCallback(
    (result: ImpactAnswer) => {
      if (result.go) onConfirmed()
      asking?.resolve(result)
      setAsking(null)
    },
    [asking, onConfirmed],
  )

  const dialog = asking ? <ImpactDialog asking={asking} answer={answer} /> : null
  return { check, dialog }
}

function ImpactDialog({
  asking,
  answer,
}: {
  asking: Asking
  answer: (result: ImpactAnswer) => void
}) {
  const { title, verb, impact, error, partial } = asking
  const stranded = impact?.strandedLeadIds ?? []
  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) answer({ go: false })
      }}
      title={`${title}?`}
      description="This workflow is live: the change reaches its leads on the next scheduling tick."
    >
      <div className="flex flex-col gap-3 text-sm text-slate-800" data-testid="change-impact">
        {error ? (
          <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-2">
            The leads in flight could not be counted: {error} Any lead on this step may be left
            without a next step.
          </p>
        ) : (
          <ul className="flex list-disc flex-col gap-1 pl-5">
            {impact?.items.map((item) => (
              <li key={item.nodeId}>{item.sentence}</li>
            ))}
          </ul>
        )}
        {partial ? (
          <p className="text-xs text-slate-600">
            Counted from the first 10,000 leads in flight; there may be more.
          </p>
        ) : null}
        {stranded.length ? (
          <p className="text-xs text-slate-600">
            Undo brings a deleted step back under a new id, not the leads that were on it: the API
            cannot move leads. Removing a lead takes it out of this workflow for good (a call
            already running finishes first).
          </p>
        ) : null}
        <div className="flex flex-wrap justify-end gap-2">
          {/* First in the dialog: Radix focuses it, so Enter never deletes by accident. */}
          <Button onClick={() => answer({ go: false })}>Cancel</Button>
          <Button variant="danger" onClick={() => answer({ go: true, removeLeadIds: [] })}>
            {stranded.length || error ? `${verb} anyway` : verb}
          </Button>
          {stranded.length ? (
            <Button variant="danger" onClick={() => answer({ go: true, removeLeadIds: stranded })}>
              {`${verb} and remove ${plural(stranded.length, 'lead')}`}
            </Button>
          ) : null}
        </div>
      </div>
    </Dialog>
  )
}
