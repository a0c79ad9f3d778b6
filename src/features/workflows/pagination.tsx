import type { PageMeta } from '../../api/envelope'
import { Button } from '../../components/ui/button'

export function Pagination({
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
      aria-label="Pagination"
      className="mt-3 flex items-center justify-between text-sm text-slate-700"
    >
      <p>
        {first}–{last} of {meta.total}
      </p>
      <div className="flex items-center gap-2">
        <Button size="sm" disabled={meta.page <= 1} onClick={() => onPageChange(meta.page - 1)}>
          Previous
        </Button>
        <span>
          Page {meta.page} of {meta.totalPages}
        </span>
        <Button
          size="sm"
          disabled={meta.page >= meta.totalPages}
          onClick={() => onPageChange(meta.page + 1)}
        >
          Next
        </Button>
      </div>
    </nav>
  )
}
