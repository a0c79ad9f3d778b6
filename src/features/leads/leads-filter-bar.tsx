import { useEffect, useId, useState } from 'react'
import { LEAD_STATUSES, type KnownLeadStatus } from '../../api/schemas/lead'
import { inputClass } from '../../components/ui/field'
import type { LeadFilters } from './lead-filters'
import { leadStatusLabel } from './lead-status-badge'
import { useDebouncedValue } from './use-debounced-value'

type Props = { filters: LeadFilters; onChange: (filters: LeadFilters) => void }

/** Search by phone (sent once typing stops) and status; either change goes back to page 1. */
export function LeadsFilterBar({ filters, onChange }: Props) {
  const searchId = useId()
  const statusId = useId()
  const [typed, setTyped] = useState(filters.leadSearch ?? '')
  const debounced = useDebouncedValue(typed.trim(), 300)
  const applied = filters.leadSearch ?? ''

  // Back / Forward or a shared link changed the search: show it in the box.
  const [seenApplied, setSeenApplied] = useState(applied)
  if (applied !== seenApplied) {
    setSeenApplied(applied)
    if (typed.trim() !== applied) setTyped(applied)
  }

  useEffect(() => {
    if (debounced !== applied)
      onChange({ ...filters, leadSearch: debounced || undefined, leadPage: undefined })
    // Only a settled change of the typed text is sent; the filters follow the URL otherwise.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced])

  return (
    <div className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter leads">
      <div className="flex flex-col gap-1">
        <label htmlFor={searchId} className="text-sm font-medium text-slate-800">
          Search by phone
        </label>
        <input
          id={searchId}
          type="search"
          inputMode="tel"
          className={inputClass}
          placeholder="e.g. 98765"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={statusId} className="text-sm font-medium text-slate-800">
          Status
        </label>
        <select
          id={statusId}
          className={inputClass}
          value={filters.leadStatus ?? ''}
          onChange={(e) =>
            onChange({
              ...filters,
              leadStatus: (e.target.value || undefined) as KnownLeadStatus | undefined,
              leadPage: undefined,
            })
          }
        >
          <option value="">All statuses</option>
          {LEAD_STATUSES.map((s) => (
            <option key={s} value={s}>
              {leadStatusLabel(s)}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
