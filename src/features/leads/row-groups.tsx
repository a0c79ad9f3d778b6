import type { RowGroup } from './csv/parse-leads-csv'
import { formatRows } from './csv/reasons'

type Props = { title: string; groups: readonly RowGroup[]; tone: 'error' | 'warning'; id?: string }

/** “Rows 3, 7, 12: invalid phone number” — one line per reason, never colour alone. */
export function RowGroups({ title, groups, tone, id }: Props) {
  if (groups.length === 0) return null
  const box =
    tone === 'error'
      ? 'border-red-200 bg-red-50 text-red-900'
      : 'border-amber-200 bg-amber-50 text-amber-900'
  return (
    <section id={id} aria-label={title} className={`rounded-md border p-3 text-sm ${box}`}>
      <h3 className="font-semibold">
        <span aria-hidden="true">{tone === 'error' ? '✕ ' : '⚠ '}</span>
        {title}
      </h3>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {groups.map((g) => (
          <li key={g.reason}>
            {formatRows(g.rows)}: {g.reason}
          </li>
        ))}
      </ul>
    </section>
  )
}
