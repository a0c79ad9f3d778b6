import type { PageMeta } from '../../api/envelope'
import { Button } from './button'
import { formatCount } from '../../lib/format'

type Props = {
  meta: PageMeta
  onPageChange: (page: number) => void
  /** Name of the navigation landmark, e.g. "Leads pages". */
  label: string
  /** What is counted, e.g. "leads": shown after the total and read after "Next page of". */
  noun?: string
}

export function Pagination({ meta, onPageChange, label, noun }: Props) {
  const first = meta.total === 0 ? 0 : (meta.page - 1) * meta.limit + 1
  const last = Math.min(meta.page * meta.limit, meta.total)
  const of = noun ? <span className="sr-only"> page of {noun}</span> : null
  return (
    <nav aria-label={label} className="flex items-center justify-between text-sm text-slate-700">
      <p>
        {first}–{last} of {formatCount(meta.total)}
        {noun ? ` ${noun}` : ''}
      </p>
      <div className="flex items-center gap-2">
        <Button size="sm" disabled={meta.page <= 1} onClick={() => onPageChange(meta.page - 1)}>
          Previous{of}
        </Button>
        <span>
          Page {meta.page} of {meta.totalPages}
        </span>
        <Button
          size="sm"
          disabled={meta.page >= meta.totalPages}
          onClick={() => onPageChange(meta.page + 1)}
        >
          Next{of}
        </Button>
      </div>
    </nav>
  )
}
