import { describeEmptyVariable, type EmptyVariableGroup } from './csv/empty-variables'
import { formatRows } from './csv/reasons'

/** Rows that leave empty a variable a step uses: enrolled all the same, but flagged. */
export function EmptyVariablesWarning({ groups }: { groups: readonly EmptyVariableGroup[] }) {
  if (groups.length === 0) return null
  return (
    <section
      aria-label="Rows with empty variables"
      className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <h3 className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        Rows with empty variables
      </h3>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {groups.map((g) => (
          <li key={g.variable}>
            {describeEmptyVariable(g)}
            {g.columnMissing ? null : (
              <span className="block text-xs text-amber-900">{formatRows(g.rows)}</span>
            )}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-xs">
        These rows are enrolled as they are. To fix them, fill in the values in the file and choose
        it again.
      </p>
    </section>
  )
}
