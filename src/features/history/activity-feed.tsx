import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useId, useState } from 'react'
import { historyQueries, type ActivityEntry, type ActivityFilters } from '../../api/history'
import { describeError } from '../../api/api-error'
import { Button } from '../../components/ui/button'
import { actorName, formatWhen } from './actor-name'

const ACTIONS = [
  { value: '', label: 'All actions' },
  { value: 'workflow.lifecycle', label: 'Activate, pause, resume, cancel' },
  { value: 'workflow.update', label: 'Name and description' },
  { value: 'node', label: 'Steps' },
  { value: 'edge', label: 'Connections' },
  { value: 'lead', label: 'Leads' },
  { value: 'graph.outside', label: 'Changed outside the console' },
  { value: 'version', label: 'Saved versions' },
  { value: 'workflow.create', label: 'Created' },
  { value: 'workflow.delete', label: 'Deleted' },
]

const OUTCOME_TEXT: Record<ActivityEntry['outcome'], string | null> = {
  accepted: null,
  refused: 'Refused by the API',
  failed: 'Failed: the API did not accept it',
}

function ActivityLine({ entry, showWorkflow }: { entry: ActivityEntry; showWorkflow: boolean }) {
  const outcome = OUTCOME_TEXT[entry.outcome]
  return (
    <li className="border-b border-slate-100 px-4 py-2 text-sm">
      <p className="text-slate-900">
        <span className="font-semibold">{actorName(entry.actor)}</span>{' '}
        {outcome ? <>tried: {entry.summary}</> : entry.summary}
        {showWorkflow && entry.workflowId ? (
          <>
            {' '}
            in{' '}
            <Link to="/workflows/$workflowId" params={{ workflowId: entry.workflowId }} className="text-brand underline">
              {entry.workflowId}
            </Link>
          </>
        ) : null}
      </p>
      <p className="text-xs text-slate-600">
        <time dateTime={entry.at}>{formatWhen(entry.at)}</time>
        {outcome ? (
          <span className="ml-2 rounded border border-red-300 bg-red-50 px-1 font-medium text-red-900">
            ⚠ {outcome}
            {entry.apiStatus ? ` (${entry.apiStatus})` : ''}
            {entry.apiMessage ? `: ${entry.apiMessage}` : ''}
          </span>
        ) : null}
      </p>
    </li>
  )
}

/** Who did what, newest first, filtered by person, action and time; pages of 50. */
export function ActivityFeed({ workflowId }: { workflowId?: string }) {
  const [filters, setFilters] = useState<ActivityFilters>({})
  const id = useId()
  const people = useQuery(historyQueries.people(workflowId))
  const query = useInfiniteQuery(historyQueries.activity({ ...filters, workflow: workflowId }))
  const entries = query.data?.pages.flatMap((p) => p.items) ?? []
  const set = (key: keyof ActivityFilters) => (value: string) =>
    setFilters((f) => ({ ...f, [key]: value || undefined }))
  const toIso = (value: string) => (value ? new Date(value).toISOString() : '')

  return (
    <section aria-label="Activity" className="flex min-h-0 flex-1 flex-col">
      <form className="flex flex-wrap items-end gap-2 border-b border-slate-200 p-3 text-sm" onSubmit={(e) => e.preventDefault()}>
        <label className="flex flex-col" htmlFor={`${id}-person`}>
          <span className="text-xs text-slate-700">Person</span>
          <select id={`${id}-person`} className="rounded border border-slate-300 px-1 py-1" value={filters.person ?? ''} onChange={(e) => set('person')(e.target.value)}>
            <option value="">Everyone</option>
            {(people.data?.people ?? []).map((p) => {
              const key = p.email ?? p.name ?? ''
              return (
                <option key={key} value={key}>
                  {p.name ?? p.email}
                </option>
              )
            })}
          </select>
        </label>
        <label className="flex flex-col" htmlFor={`${id}-action`}>
          <span className="text-xs text-slate-700">Action</span>
          <select id={`${id}-action`} className="rounded border border-slate-300 px-1 py-1" value={filters.action ?? ''} onChange={(e) => set('action')(e.target.value)}>
            {ACTIONS.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col" htmlFor={`${id}-from`}>
          <span className="text-xs text-slate-700">From</span>
          <input id={`${id}-from`} type="datetime-local" className="rounded border border-slate-300 px-1 py-0.5" onChange={(e) => set('from')(toIso(e.target.value))} />
        </label>
        <label className="flex flex-col" htmlFor={`${id}-to`}>
          <span className="text-xs text-slate-700">Until</span>
          <input id={`${id}-to`} type="datetime-local" className="rounded border border-slate-300 px-1 py-0.5" onChange={(e) => set('to')(toIso(e.target.value))} />
        </label>
        <Button size="sm" variant="ghost" onClick={() => void query.refetch()}>
          Refresh
        </Button>
      </form>
      {query.isPending ? (
        <p role="status" className="p-4 text-sm text-slate-600">Loading activity…</p>
      ) : query.isError ? (
        <p role="alert" className="p-4 text-sm text-red-900">The activity could not be loaded: {describeError(query.error)}</p>
      ) : entries.length === 0 ? (
        <p className="p-4 text-sm text-slate-600">No activity recorded{Object.keys(filters).length ? ' that matches these filters' : ' yet'}.</p>
      ) : (
        <div className="min-h-0 flex-1 overflow-y-auto">
          <ol aria-label="Activity lines">
            {entries.map((entry) => (
              <ActivityLine key={entry.id} entry={entry} showWorkflow={!workflowId} />
            ))}
          </ol>
          {query.hasNextPage ? (
            <div className="p-3">
              <Button size="sm" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                {query.isFetchingNextPage ? 'Loading…' : 'Show older'}
              </Button>
            </div>
          ) : null}
        </div>
      )}
    </section>
  )
}
