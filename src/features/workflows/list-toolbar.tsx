import { useEffect, useState } from 'react'
import { STATUS_LABELS, WORKFLOW_STATUSES, type WorkflowStatus } from '../../domain/workflow-status'
import { inputClass } from '../../components/ui/field'
import { DEFAULT_SORT, PAGE_SIZES, type WorkflowListSearch } from './list-search'

/** On a phone there are no column headers to click: the same orders as a choice. */
const SORT_CHOICES = [
  { value: 'updated_at:desc', label: 'Recently edited' },
  { value: 'title:asc', label: 'Name, A to Z' },
  { value: 'title:desc', label: 'Name, Z to A' },
  { value: 'last_triggered_at:desc', label: 'Recently triggered' },
  { value: 'created_at:desc', label: 'Newest first' },
] as const

type Props = {
  search: WorkflowListSearch
  onSearchChange: (next: Partial<WorkflowListSearch>) => void
}

const SEARCH_DEBOUNCE_MS = 250

export function ListToolbar({ search, onSearchChange }: Props) {
  const [text, setText] = useState(search.q ?? '')
  const [urlQ, setUrlQ] = useState(search.q)

  // Follow the URL when it changes from outside (back button, "Clear filters").
  if (urlQ !== search.q) {
    setUrlQ(search.q)
    if ((search.q ?? '') !== text.trim()) setText(search.q ?? '')
  }

  useEffect(() => {
    if ((search.q ?? '') === text.trim()) return
    const timer = setTimeout(
      () => onSearchChange({ q: text.trim() || undefined, page: undefined }),
      SEARCH_DEBOUNCE_MS,
    )
    return () => clearTimeout(timer)
  }, [text, search.q, onSearchChange])

  return (
    <form
      role="search"
      className="mt-4 flex flex-wrap items-end gap-3"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="workflow-search" className="text-sm font-medium text-slate-800">
          Search
        </label>
        <input
          id="workflow-search"
          type="search"
          className={`${inputClass} w-72`}
          placeholder="Name, description or ID"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="workflow-status" className="text-sm font-medium text-slate-800">
          Status
        </label>
        <select
          id="workflow-status"
          className={inputClass}
          value={search.status ?? ''}
          onChange={(e) =>
            onSearchChange({
              status: (e.target.value || undefined) as WorkflowStatus | undefined,
              page: undefined,
            })
          }
        >
          <option value="">All statuses</option>
          {WORKFLOW_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1 md:hidden">
        <label htmlFor="workflow-sort" className="text-sm font-medium text-slate-800">
          Sort by
        </label>
        <select
          id="workflow-sort"
          className={inputClass}
          value={`${search.sort ?? DEFAULT_SORT}:${search.order ?? 'desc'}`}
          onChange={(e) => {
            const [sort, order] = e.target.value.split(':') as [
              NonNullable<WorkflowListSearch['sort']>,
              'asc' | 'desc',
            ]
            onSearchChange({ sort, order, page: undefined })
          }}
        >
          {SORT_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="workflow-page-size" className="text-sm font-medium text-slate-800">
          Rows per page
        </label>
        <select
          id="workflow-page-size"
          className={inputClass}
          value={search.size ?? 20}
          onChange={(e) => onSearchChange({ size: Number(e.target.value), page: undefined })}
        >
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
    </form>
  )
}
