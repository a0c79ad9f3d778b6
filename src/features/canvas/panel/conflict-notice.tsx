import { Button } from '../../../components/ui/button'
import { changedFields } from './step-conflict'
import type { StepConflictChoice } from './use-step-form'

const show = (value: unknown) =>
  value === undefined || value === null || value === ''
    ? '(empty)'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value)

/**
 * The save was stopped because the step changed elsewhere since the form was opened: their
 * version and this one, field by field, and the three honest choices. Nothing was written.
 */
export function ConflictNotice({ conflict }: { conflict: StepConflictChoice }) {
  const { theirs, mine, overwrite, discardMine, keepEditing } = conflict
  if (!theirs)
    return (
      <div
        role="alert"
        className="rounded-md border border-red-200 bg-red-50 p-2 text-sm text-red-900"
      >
        <p>
          Not saved: this step was deleted elsewhere since you opened it. Your changes are still
          here; copy what you need.
        </p>
        <Button size="sm" className="mt-1.5" onClick={keepEditing}>
          OK
        </Button>
      </div>
    )
  const fields = changedFields(theirs, mine)
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950"
    >
      <p>
        <strong>Not saved:</strong> someone changed this step since you opened it. Choose which
        version to keep.
      </p>
      {fields.length ? (
        <table className="w-full table-fixed text-left text-xs">
          <caption className="sr-only">Their version and yours</caption>
          <thead>
            <tr>
              <th scope="col" className="w-1/4 py-1 pr-1">
                Field
              </th>
              <th scope="col" className="py-1 pr-1">
                Their version
              </th>
              <th scope="col" className="py-1">
                Yours
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f.field} className="border-t border-amber-200 align-top">
                <th scope="row" className="py-1 pr-1 font-medium">
                  {f.field}
                </th>
                <td className="py-1 pr-1 break-words">{show(f.before)}</td>
                <td className="py-1 break-words">{show(f.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Their version and yours are the same now.</p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="primary" onClick={overwrite}>
          Save mine over theirs
        </Button>
        <Button size="sm" onClick={discardMine}>
          Use theirs, drop mine
        </Button>
        <Button size="sm" variant="ghost" onClick={keepEditing}>
          Keep editing
        </Button>
      </div>
    </div>
  )
}
