import { Link } from '@tanstack/react-router'
import type { Workflow } from '../../api/schemas/workflow'
import type { WorkflowSortField } from '../../api/workflows'
import { StatusBadge } from '../../components/ui/status-badge'
import { DateTime } from '../../components/ui/date-time'
import { formatCount } from '../../lib/format'
import { DEFAULT_SORT, type WorkflowListSearch } from './list-search'
import type { CheckActivation } from './activation-check'
import { LifecycleControls } from './lifecycle-controls'
import { SelectAllBox, SelectRowBox } from './select-boxes'
import { WorkflowCards } from './workflow-cards'
import { NARROW_QUERY, useMediaQuery } from '../../lib/use-media-query'

/** Text columns start A→Z; date columns start with the newest. */
const FIRST_ORDER: Record<WorkflowSortField, 'asc' | 'desc'> = {
  title: 'asc',
  created_at: 'desc',
  updated_at: 'desc',
  last_triggered_at: 'desc',
}

type Props = {
  workflows: Workflow[]
  search: WorkflowListSearch
  onSearchChange: (next: Partial<WorkflowListSearch>) => void
  busy: boolean
  selected: ReadonlySet<string>
  onSelect: (workflows: Workflow[], selected: boolean) => void
  checkActivation?: CheckActivation
}

const thClass = 'px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-700 uppercase'

export function WorkflowTable({
  workflows,
  search,
  onSearchChange,
  busy,
  selected,
  onSelect,
  checkActivation,
}: Props) {
  const narrow = useMediaQuery(NARROW_QUERY)
  const sort = search.sort ?? DEFAULT_SORT
  const order = search.order ?? 'desc'

  const sortHeader = (field: WorkflowSortField, children: string) => {
    const active = sort === field
    const next = active ? (order === 'desc' ? 'asc' : 'desc') : FIRST_ORDER[field]
    return (
      <th
        scope="col"
        className={thClass}
        aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <button
          type="button"
          className="inline-flex items-center gap-1 uppercase hover:text-slate-900"
          onClick={() => onSearchChange({ sort: field, order: next, page: undefined })}
        >
          {children}
          <span aria-hidden="true">{active ? (order === 'asc' ? '▲' : '▼') : '↕'}</span>
          <span className="sr-only">
            {active ? `, sorted ${order === 'asc' ? 'ascending' : 'descending'}` : ', sort'}
          </span>
        </button>
      </th>
    )
  }

  if (narrow)
    return (
      <WorkflowCards
        workflows={workflows}
        busy={busy}
        selected={selected}
        onSelect={onSelect}
        checkActivation={checkActivation}
      />
    )
  return (
    <div
      className="mt-4 overflow-x-auto rounded-lg border border-slate-200 bg-white"
      aria-busy={busy}
    >
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Workflows</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className="w-10 px-1">
              <SelectAllBox
                label="Select every workflow on this page"
                selectedCount={workflows.filter((w) => selected.has(w.id)).length}
                total={workflows.length}
                onChange={(all) => onSelect(workflows, all)}
              />
            </th>
            <th scope="col" className={thClass}>
              ID
            </th>
            {sortHeader('title', 'Name')}
            <th scope="col" className={thClass}>
              Status
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              Leads
            </th>
            {sortHeader('last_triggered_at', 'Last triggered')}
            {sortHeader('updated_at', 'Edited')}
            <th scope="col" className={thClass}>
              Actions
            </th>
          </tr>
        </thead>
        <tbody>
          {workflows.map((w) => (
            <tr
              key={w.id}
              className={`border-b border-slate-100 last:border-0 hover:bg-slate-50 ${selected.has(w.id) ? 'bg-blue-50/60' : ''}`}
            >
              <td className="px-1">
                <SelectRowBox
                  label={`Select ${w.title || 'Untitled workflow'}`}
                  checked={selected.has(w.id)}
                  onChange={(on) => onSelect([w], on)}
                />
              </td>
              <td className="px-3 py-2 font-mono text-xs text-slate-600">{w.id}</td>
              <td className="max-w-xs px-3 py-2">
                <Link
                  to="/workflows/$workflowId"
                  params={{ workflowId: w.id }}
                  className="font-medium text-brand hover:underline"
                >
                  {w.title || 'Untitled workflow'}
                </Link>
                {w.description ? (
                  <p className="truncate text-xs text-slate-600">{w.description}</p>
                ) : null}
              </td>
              <td className="px-3 py-2">
                <StatusBadge status={w.status} />
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{formatCount(w.leadCount)}</td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-700">
                <DateCell iso={w.lastTriggeredAt} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-700">
                <DateCell iso={w.updatedAt} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                <div className="flex items-center gap-1">
                  <LifecycleControls workflow={w} size="sm" checkActivation={checkActivation} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function WorkflowTableSkeleton() {
  return (
    <div
      className="mt-4 rounded-lg border border-slate-200 bg-white p-3"
      aria-busy="true"
      aria-label="Loading workflows"
    >
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="my-2 h-8 animate-pulse rounded bg-slate-100" />
      ))}
    </div>
  )
}

function DateCell({ iso }: { iso: string | undefined }) {
  return <DateTime iso={iso} compact />
}
