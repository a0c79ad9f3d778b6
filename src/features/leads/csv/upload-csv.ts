import Papa from 'papaparse'
import type { LeadRow, RowGroup } from './parse-leads-csv'

/** The column name the API requires (contract §6.1), whatever the user's file called it. */
export const UPLOAD_PHONE_COLUMN = 'phone_number'

/**
 * The file that is actually uploaded: only the valid rows, phone numbers in E.164, the phone
 * column renamed to `phone_number`. The server validates all-or-nothing (contract §6.1), so bad
 * rows must not travel with good ones.
 */
export function toUploadCsv(rows: readonly LeadRow[], variableKeys: readonly string[]): string {
  return Papa.unparse({
    fields: [UPLOAD_PHONE_COLUMN, ...variableKeys],
    data: rows.map((r) => [r.phone, ...variableKeys.map((k) => r.variables[k] ?? '')]),
  })
}

export function toUploadFile(
  rows: readonly LeadRow[],
  variableKeys: readonly string[],
  name = 'leads.csv',
): File {
  return new File([toUploadCsv(rows, variableKeys)], name.replace(/\.[^.]*$/, '') + '.csv', {
    type: 'text/csv',
  })
}

const ROW_MESSAGE = /^rows?\s+([\d,\s]+(?:and\s+\d+)?)\s*[:\-–—]\s*(.+)$/i

/**
 * Reads the server's grouped 400 (`message: ["Row 3, 7: invalid phone number", …]`) back into
 * groups, translating the uploaded file's row numbers to the user's own file (row 2 of the upload
 * is `uploaded[0]`). Messages that name no rows are returned as `general`.
 */
export function readServerRowErrors(
  messages: readonly string[],
  uploaded: readonly LeadRow[],
): { groups: RowGroup[]; general: string[] } {
  const toOriginal = (n: number) => uploaded[n - 2]?.row ?? n
  const groups: RowGroup[] = []
  const general: string[] = []
  for (const message of messages) {
    const match = ROW_MESSAGE.exec(message.trim())
    if (!match) {
      general.push(message)
      continue
    }
    const rows = (match[1] ?? '')
      .split(/[,\s]+|and/)
      .filter(Boolean)
      .map(Number)
      .filter(Number.isInteger)
    groups.push({ reason: (match[2] ?? '').trim(), rows: rows.map(toOriginal) })
  }
  return { groups, general }
}
