import { useEffect, useState } from 'react'
import { STATUS_LABELS, WORKFLOW_STATUSES, type WorkflowStatus } from '../../domain/workflow-status'
import { inputClass } from '../../components/ui/field'
import { PAGE_SIZES, type WorkflowListSearch } from './list-search'

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
