import type { ParsedLeads } from './csv/parse-leads-csv'
import { formatRows } from './csv/reasons'
import { RowGroups } from './row-groups'
import { variablesText } from './variables-text'
import { formatCount } from '../../lib/format'

const SAMPLE_ROWS = 5

const plural = (n: number, one: string, many = `${one}s`) =>
  `${formatCount(n)} ${n === 1 ? one : many}`

/** What will be enrolled, what will not and why, before anything is sent. */
export function EnrolPreview({ result }: { result: ParsedLeads }) {
  const failed = result.invalid.reduce((n, g) => n + g.rows.length, 0)
  const sample = result.valid.slice(0, SAMPLE_ROWS)
  return (
    <div className="flex flex-col gap-3" data-testid="enrol-preview">
      <p className="text-sm text-slate-800">
        <strong>{plural(result.valid.length, 'row')} ready to enrol</strong> of{' '}
        {plural(result.totalRows, 'row')} read
        {failed ? `, ${plural(failed, 'row')} with problems` : ''}
        {result.skipped.length
          ? ` (${plural(result.skipped.length, 'blank row')} skipped: ${formatRows(result.skipped)})`
          : ''}
        . Phone numbers are read from the “{result.phoneColumn}” column.
      </p>
      <div className="text-sm">
        <h3 className="font-semibold text-slate-900">Variable columns</h3>
        {result.variableKeys.length ? (
          <ul aria-label="Variable columns" className="mt-1 flex flex-wrap gap-1">
            {result.variableKeys.map((k) => (
              <li
                key={k}
                className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800"
              >
                {k}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">None — only phone numbers.</p>
        )}
      </div>
      <RowGroups title="Rows that will not be enrolled" groups={result.invalid} tone="error" />
      <RowGroups title="Rows left out" groups={result.warnings} tone="warning" />
      {sample.length ? (
        <div className="max-h-40 overflow-auto rounded-md border border-slate-200">
          <table className="w-full text-left text-xs">
            <caption className="sr-only">
              First {sample.length} rows to enrol, as they will be sent
            </caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-2 py-1">
                  Row
                </th>
                <th scope="col" className="px-2 py-1">
                  Phone (E.164)
                </th>
                <th scope="col" className="px-2 py-1">
                  Variables
                </th>
              </tr>
            </thead>
            <tbody>
              {sample.map((r) => (
                <tr key={r.row} className="border-t border-slate-100">
                  <td className="px-2 py-1">{r.row}</td>
                  <td className="px-2 py-1 font-mono">{r.phone}</td>
                  <td className="max-w-48 truncate px-2 py-1" title={variablesText(r.variables)}>
                    {variablesText(r.variables) || '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  )
}
