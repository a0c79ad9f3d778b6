import { describeError, isApiError } from '../../api/api-error'
import type { LeadRow } from './csv/parse-leads-csv'
import { readServerRowErrors } from './csv/upload-csv'
import { RowGroups } from './row-groups'

/** Why the server refused an upload, with its rows numbered as in the person's own file. */
export function EnrolServerError({ error, sent }: { error: unknown; sent: readonly LeadRow[] }) {
  if (isApiError(error) && error.status === 400) {
    const { groups, general } = readServerRowErrors(error.messages, sent)
    return (
      <div role="alert" className="flex flex-col gap-2">
        <p className="text-sm font-semibold text-red-900">
          The server refused the file. Nothing was enrolled.
        </p>
        <RowGroups title="Rows the server rejected" groups={groups} tone="error" />
        {general.length ? (
          <ul className="list-disc pl-5 text-sm text-red-900">
            {general.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : null}
      </div>
    )
  }
  const text =
    isApiError(error) && error.status === 409
      ? 'This workflow no longer accepts leads (it is completed or cancelled).'
      : `Nothing was enrolled: ${describeError(error)}`
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
      {text}
    </p>
  )
}
