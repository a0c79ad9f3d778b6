import Papa from 'papaparse'
import { MAX_LEAD_ROWS } from '../../../domain/lead-file/limits'
import { csvSlices, CsvQuotingError } from '../../../domain/lead-file/csv-records'
import { normalisePhone } from './phone'
import { NO_READINESS_RULES, type Readiness } from './readiness'
import { REASONS } from './reasons'
import { formatCount } from '../../../lib/format'

/** Header names recognised as the phone column, in priority order, matched case-insensitively. */
export const PHONE_COLUMNS = ['phone_number', 'phone', 'mobile'] as const
/** Contract §6.1 (campaign upload limits, applied by analogy). */
export const MAX_VARIABLE_COLUMNS = 15
export const DEFAULT_CALLING_CODE = '91'

export type LeadRow = {
  /** Spreadsheet row number: the header is row 1. */
  row: number
  /** E.164. */
  phone: string
  variables: Record<string, string>
}

export type RowGroup = { reason: string; rows: number[] }

export type ParsedLeads = {
  ok: true
  valid: LeadRow[]
  invalid: RowGroup[]
  /** Blank rows: ignored, not errors. */
  skipped: number[]
  variableKeys: string[]
  /** Rows dropped without being errors (duplicates). */
  warnings: RowGroup[]
  phoneColumn: string
  /** Non-blank data rows in the file. */
  totalRows: number
}

/** The file cannot be read as a lead list at all (no phone column, duplicate headers, …). */
export type UnreadableLeads = { ok: false; fileErrors: string[] }

export type ParseOptions = {
  /** Calling code for bare 10-digit national numbers (mock recommendation: India). */
  defaultCallingCode?: string
  readiness?: Readiness
}

type Header = { name: string; index: number }

function readHeader(
  cells: string[],
  rows: string[][],
): { phone: Header; variables: Header[] } | UnreadableLeads {
  const names = cells.map((c) => c.trim())
  const errors: string[] = []
  // A column with neither a name nor any value is an artefact of trailing commas: ignore it.
  const used = names
    .map((name, index) => ({ name, index }))
    .filter((h) => h.name !== '' || rows.some((r) => (r[h.index] ?? '').trim() !== ''))
  const unnamed = used.filter((h) => h.name === '').map((h) => h.index + 1)
  if (unnamed.length) errors.push(`Column ${unnamed.join(', ')} has values but no header name.`)
  const seen = new Set<string>()
  const dupes = new Set<string>()
  for (const { name } of used) (seen.has(name) ? dupes : seen).add(name)
  if (dupes.size)
    errors.push(
      `Duplicate column ${[...dupes].map((d) => `“${d}”`).join(', ')}: each header must be unique.`,
    )

  const phone = PHONE_COLUMNS.map((p) => used.find((h) => h.name.toLowerCase() === p)).find(Boolean)
  if (!phone) {
    errors.push(
      `No phone column found. Add a column named ${PHONE_COLUMNS.map((p) => `“${p}”`)
        .join(', ')
        .replace(/, ([^,]*)$/, ' or $1')} (any letter case).`,
    )
  }
  const variables = used.filter((h) => h !== phone && h.name !== '')
  if (variables.length > MAX_VARIABLE_COLUMNS) {
    errors.push(
      `The file has ${variables.length} variable columns; at most ${MAX_VARIABLE_COLUMNS} are allowed besides the phone column.`,
    )
  }
  if (errors.length || !phone) return { ok: false, fileErrors: errors }
  return { phone, variables }
}

/** The same quoting rule the API applies: a quote that never closes names its row. */
function findQuotingError(text: string): string | null {
  try {
    for (const slice of csvSlices(text, Number.POSITIVE_INFINITY)) void slice
    return null
  } catch (error) {
    if (error instanceof CsvQuotingError) return error.message
    throw error
  }
}

function group(map: Map<string, number[]>): RowGroup[] {
  return [...map].map(([reason, rows]) => ({ reason, rows }))
}

/**
 * Reads a lead CSV and sorts every row into valid, invalid (grouped by reason, with spreadsheet
 * row numbers), skipped (blank) or dropped-with-a-warning (duplicate phone). Pure: no React, no I/O.
 */
export function parseLeadsCsv(
  text: string,
  options: ParseOptions = {},
): ParsedLeads | UnreadableLeads {
  const defaultCode = options.defaultCallingCode ?? DEFAULT_CALLING_CODE
  const readiness = options.readiness ?? NO_READINESS_RULES
  const unclosed = findQuotingError(text)
  if (unclosed) return { ok: false, fileErrors: [unclosed] }
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
    header: false,
    skipEmptyLines: false,
  })
  const records = parsed.data
  if (records.length - 1 > MAX_LEAD_ROWS)
    return {
      ok: false,
      fileErrors: [
        `The file has ${formatCount(records.length - 1)} rows; at most ${formatCount(MAX_LEAD_ROWS)} leads can be enrolled from one file. Split it into smaller files.`,
      ],
    }
  // A trailing newline yields one empty record at the end; it is not a row anybody wrote.
  while (records.length && records[records.length - 1]!.every((c) => c.trim() === '')) records.pop()
  const [headerCells, ...rows] = records
  if (!headerCells || headerCells.every((c) => c.trim() === '')) {
    return {
      ok: false,
      fileErrors: [
        'The file is empty. The first row must name the columns, e.g. “phone_number,name”.',
      ],
    }
  }
  const header = readHeader(headerCells, rows)
  if ('ok' in header) return header

  const valid: LeadRow[] = []
  const invalid = new Map<string, number[]>()
  const duplicates: number[] = []
  const skipped: number[] = []
  const firstRowOfPhone = new Map<string, number>()
  const fail = (reason: string, row: number) => {
    const rows = invalid.get(reason)
    if (rows) rows.push(row)
    else invalid.set(reason, [row])
  }
  const lastUsedIndex = Math.max(header.phone.index, ...header.variables.map((v) => v.index))

  rows.forEach((cells, i) => {
    const row = i + 2
    if (cells.every((c) => c.trim() === '')) return void skipped.push(row)
    if (cells.slice(Math.max(headerCells.length, lastUsedIndex + 1)).some((c) => c.trim() !== '')) {
      return fail(REASONS.tooManyValues, row)
    }
    const phone = normalisePhone(cells[header.phone.index] ?? '', defaultCode)
    if (!phone.ok)
      return fail(phone.problem === 'missing' ? REASONS.missingPhone : REASONS.invalidPhone, row)
    if (readiness.hasVoiceCall && !readiness.hasActiveNumber)
      return fail(REASONS.noActiveNumber, row)
    const allowed = readiness.allowedCallingCodes
    if (
      readiness.hasVoiceCall &&
      allowed &&
      !allowed.some((code) => phone.e164.startsWith(`+${code}`))
    ) {
      return fail(REASONS.countryNotAllowed(allowed), row)
    }
    if (firstRowOfPhone.has(phone.e164)) return void duplicates.push(row)
    firstRowOfPhone.set(phone.e164, row)
    const variables = Object.fromEntries(
      header.variables.map((v) => [v.name, (cells[v.index] ?? '').trim()]),
    )
    valid.push({ row, phone: phone.e164, variables })
  })

  return {
    ok: true,
    valid,
    invalid: group(invalid),
    skipped,
    variableKeys: header.variables.map((v) => v.name),
    warnings: duplicates.length ? [{ reason: REASONS.duplicatePhone, rows: duplicates }] : [],
    phoneColumn: header.phone.name,
    totalRows: rows.length - skipped.length,
  }
}
