/** Reason texts shared by the validator and the server-error reader; grouped rows are shown under them. */
export const REASONS = {
  missingPhone: 'missing phone number',
  invalidPhone:
    'invalid phone number (use E.164 such as +919876543210, or a 10-digit national number)',
  tooManyValues: 'more values than there are columns',
  noActiveNumber: 'this workflow has voice calls but no active outbound phone number to call from',
  countryNotAllowed: (allowed: readonly string[]) =>
    `destination country not enabled for this workflow's numbers (allowed: ${allowed.map((c) => `+${c}`).join(', ')})`,
  duplicatePhone: 'duplicate phone number — only the first row with it is enrolled',
} as const

const MAX_LISTED = 20

/** `Row 3`, `Rows 3, 7, 12`, or `Rows 3, 7, … and 41 more`. */
export function formatRows(rows: readonly number[]): string {
  const listed = rows.slice(0, MAX_LISTED).join(', ')
  const more = rows.length > MAX_LISTED ? ` and ${rows.length - MAX_LISTED} more` : ''
  return `${rows.length === 1 ? 'Row' : 'Rows'} ${listed}${more}`
}
