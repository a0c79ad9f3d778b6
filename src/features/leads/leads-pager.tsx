import type { PageMeta } from '../../api/envelope'
import { Button } from '../../components/ui/button'

export function LeadsPager({
  meta,
  onPageChange,
}: {
  meta: PageMeta
  onPageChange: (page: number) => void
}) {
  const first = meta.total === 0 ? 0 : (meta.page - 1) * meta.limit + 1
  const last = Math.min(meta.page * meta.limit, meta.total)
  return (
    <nav
      aria-label="Leads pages"
      className="flex items-center justify-between text-sm text-slate-700"
    >
      <p>
        {first}–{last} of {meta.total.toLocaleString('en-GB')} leads
      </p>
      <div className="flex items-center gap-2">
        <Button size="sm" disabled={meta.page <= 1} onClick={() => onPageChange(meta.page - 1)}>
          Previous<span className="sr-only"> page of leads</span>
        </Button>
        <span>
          Page {meta.page} of {meta.totalPages}
        </span>
        <Button
          size="sm"
          disabled={meta.page >= meta.totalPages}
          onClick={() => onPageChange(meta.page + 1)}
        >
          Next<span className="sr-only"> page of leads</span>
        </Button>
      </div>
    </nav>
  )
}
