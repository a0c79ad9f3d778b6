import { useQuery } from '@tanstack/react-query'
import { Fragment, useId, useMemo } from 'react'
import { describeError } from '../../api/api-error'
import { graphQueries } from '../../api/graph'
import { leadQueries } from '../../api/leads'
import type { WorkflowGraph } from '../../api/schemas/graph'
import {
  isTerminalLeadStatus,
  type LeadHistory,
  type LeadHistoryEntry,
} from '../../api/schemas/lead'
import { workflowQueries } from '../../api/workflows'
import { Button } from '../../components/ui/button'
import { computeLeadPath, type LeadPath } from './lead-path'
import { LeadStatusBadge } from './lead-status-badge'
import { describeEntry, stepNamer } from './path-words'
import { DateTime } from '../../components/ui/date-time'

/** While the workflow is active and the lead still moving, its history is refreshed. */
const HISTORY_REFRESH_MS = 3_000

function useLeadHistory(workflowId: string, leadId: string | null) {
  const workflow = useQuery({ ...workflowQueries.detail(workflowId), enabled: leadId !== null })
  const moving = (h: LeadHistory | undefined) =>
    !isTerminalLeadStatus(h?.lead?.status ?? h?.executionStatus ?? '')
  return useQuery({
    ...leadQueries.history(workflowId, leadId ?? ''),
    enabled: leadId !== null,
    refetchInterval: (query) =>
      workflow.data?.status === 'active' && moving(query.state.data) ? HISTORY_REFRESH_MS : false,
  })
}

/** The lead's path for the canvas's `pathHighlight` prop; `null` while nothing is selected or loaded. */
export function useLeadPath(workflowId: string, leadId: string | null): LeadPath | null {
  const { data: historyData } = useLeadHistory(workflowId, leadId)
  const { data: graphData } = useQuery({
    ...graphQueries.graph(workflowId),
    enabled: leadId !== null,
  })
  return useMemo(
    () => (leadId && historyData ? computeLeadPath(historyData, graphData) : null),
    [leadId, historyData, graphData],
  )
}

type Names = ReturnType<typeof stepNamer>

type PanelProps = {
  workflowId: string
  leadId: string
  graph: WorkflowGraph | undefined
  onClose: () => void
}

/** A lead's timeline (contract §6.4): transitions with reasons, times, call ids, current node and release time. */
export function LeadHistoryPanel({ workflowId, leadId, graph, onClose }: PanelProps) {
  const headingId = useId()
  const history = useLeadHistory(workflowId, leadId)
  const name = useMemo(() => stepNamer(graph), [graph])
  const h = history.data
  const status = h?.lead?.status ?? h?.executionStatus

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 p-3"
      data-testid="lead-history"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold text-slate-900">
          Path of {h?.lead?.phoneNumber || `lead ${leadId}`}
        </h2>
        <Button size="sm" variant="ghost" onClick={onClose} aria-label="Close lead path">
          Close
        </Button>
      </div>
      {history.isPending ? (
        <p className="text-sm text-slate-700">Loading the lead’s history…</p>
      ) : null}
      {history.isError ? (
        <div
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
        >
          <p>The history could not be loaded: {describeError(history.error)}</p>
          <Button size="sm" className="mt-2" onClick={() => void history.refetch()}>
            Try again
          </Button>
        </div>
      ) : null}
      {h ? (
        <>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-slate-600">Status</dt>
            <dd>{status ? <LeadStatusBadge status={status} /> : '—'}</dd>
            <dt className="text-slate-600">Now at</dt>
            <dd>
              {h.currentNodeId
                ? name(h.currentNodeId, h.entries.at(-1)?.nodeLabel)
                : 'not in any step'}
            </dd>
            {h.releaseAt ? (
              <>
                <dt className="text-slate-600">Planned release</dt>
                <dd>
                  <DateTime iso={h.releaseAt} />
                </dd>
              </>
            ) : null}
          </dl>
          {h.entries.length === 0 ? (
            <p className="text-sm text-slate-700">
              No steps yet: the lead has not entered the workflow.
            </p>
          ) : (
            <ol
              aria-label="Path, step by step"
              className="flex flex-col gap-2 border-l-2 border-slate-200 pl-3"
            >
              {h.entries.map((entry, i) => (
                <TimelineItem key={i} entry={entry} name={name} />
              ))}
            </ol>
          )}
        </>
      ) : null}
    </section>
  )
}

function TimelineItem({ entry, name }: { entry: LeadHistoryEntry; name: Names }) {
  const step = describeEntry(entry, name)
  const call = step.call
  const extracted = call?.extracted ? Object.entries(call.extracted) : []
  return (
    <li className="text-sm">
      <p className="font-medium text-slate-900">
        {step.title}
        {step.until ? (
          <>
            {' '}
            <DateTime iso={step.until} />
          </>
        ) : null}
      </p>
      {step.details.length ? <p className="text-slate-700">{step.details.join(' · ')}</p> : null}
      <p className="text-xs text-slate-600">
        {entry.startedAt ? <DateTime iso={entry.startedAt} /> : 'Time unknown'}
        {entry.endedAt ? (
          <>
            {' '}
            – left <DateTime iso={entry.endedAt} />
          </>
        ) : null}
      </p>
      {call && (call.summary || extracted.length || entry.callId) ? (
        <div className="mt-1 rounded border border-slate-200 bg-slate-50 p-2 text-xs text-slate-800">
          {call.summary ? <p>{call.summary}</p> : null}
          {extracted.length ? (
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2">
              {extracted.map(([k, v]) => (
                <Fragment key={k}>
                  <dt className="text-slate-600">{k.replace(/_/g, ' ')}</dt>
                  <dd className="break-words">{v}</dd>
                </Fragment>
              ))}
            </dl>
          ) : null}
          {entry.callId ? (
            <p className="mt-1 text-slate-600">
              Call <span className="font-mono">{entry.callId}</span>
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  )
}
