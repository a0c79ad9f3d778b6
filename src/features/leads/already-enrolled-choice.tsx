import { useId } from 'react'
import type { EnrolledSplit } from './csv/already-enrolled'
import { statusSummary } from './csv/already-enrolled'
import { formatRows } from './csv/reasons'
import { formatCount } from '../../lib/format'

export type AgainChoice = 'skip' | 'enrol'

type Props = { split: EnrolledSplit; choice: AgainChoice; onChoice: (c: AgainChoice) => void }

const MAX_LISTED = 8

/** Numbers of the file already enrolled in this workflow: skipped by default, or enrolled again. */
export function AlreadyEnrolledChoice({ split, choice, onChoice }: Props) {
  const id = useId()
  const n = split.again.length
  if (n === 0) return null
  const rows = split.again.map((r) => r.row)
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <h3 id={`${id}-title`} className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {formatCount(n)} {n === 1 ? 'number is' : 'numbers are'} already enrolled in this workflow (
        {statusSummary(split.again)})
      </h3>
      <p className="mt-1">
        {formatRows(rows)}:{' '}
        {split.again
          .slice(0, MAX_LISTED)
          .map((r) => r.phone)
          .join(', ')}
        {n > MAX_LISTED ? ` and ${n - MAX_LISTED} more` : ''}.
      </p>
      <fieldset className="mt-2">
        <legend className="sr-only">What to do with the numbers already enrolled</legend>
        <label className="flex min-h-11 items-center gap-2 sm:min-h-0">
          <input
            type="radio"
            name={`${id}-again`}
            checked={choice === 'skip'}
            onChange={() => onChoice('skip')}
          />
          Skip them (enrol only the {formatCount(split.fresh.length)} new{' '}
          {split.fresh.length === 1 ? 'number' : 'numbers'})
        </label>
        <label className="flex min-h-11 items-center gap-2 sm:min-h-0">
          <input
            type="radio"
            name={`${id}-again`}
            checked={choice === 'enrol'}
            onChange={() => onChoice('enrol')}
          />
          Enrol them again: they get a second lead and are called again
        </label>
      </fieldset>
    </section>
  )
}
