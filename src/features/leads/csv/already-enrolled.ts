import type { LeadRow } from './parse-leads-csv'
import { formatCount } from '../../../lib/format'

/** A phone number already enrolled in the workflow, with the status of that enrolment. */
export type EnrolledPhones = ReadonlyMap<string, string>

export type EnrolledSplit = {
  /** Rows whose number is not in the workflow yet. */
  fresh: LeadRow[]
  /** Rows whose number is already enrolled (pending, moving or finished), with that lead's status. */
  again: (LeadRow & { status: string })[]
}

/**
 * Splits the file's valid rows by whether their (E.164) number is already enrolled in this
 * workflow. Removed leads do not count: enrolling a removed number again is what removing is for.
 */
export function splitAlreadyEnrolled(
  rows: readonly LeadRow[],
  enrolled: EnrolledPhones,
): EnrolledSplit {
  const fresh: LeadRow[] = []
  const again: EnrolledSplit['again'] = []
  for (const row of rows) {
    const status = enrolled.get(row.phone)
    if (status === undefined || status === 'removed') fresh.push(row)
    else again.push({ ...row, status })
  }
  return { fresh, again }
}

/** "4 active, 2 completed" for the already-enrolled group. */
export function statusSummary(again: EnrolledSplit['again']): string {
  const counts = new Map<string, number>()
  for (const r of again) counts.set(r.status, (counts.get(r.status) ?? 0) + 1)
  return [...counts].map(([status, n]) => `${formatCount(n)} ${status}`).join(', ')
}
