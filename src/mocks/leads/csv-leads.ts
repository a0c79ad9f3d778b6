import Papa from 'papaparse'
import { badRequest } from '../errors'
import { MAX_LEAD_ROWS, MAX_LISTED_ROWS } from '../../domain/lead-file/limits'
import { csvSlices, CsvQuotingError } from '../../domain/lead-file/csv-records'
import { countryOf, normalizePhone } from './phone'
import { formatCount } from '../../domain/format-count'

export const MAX_EXTRA_COLUMNS = 15

export type ParsedLead = { row: number; phone: string; variables: Record<string, string> }
export type ParsedFile = { leads: ParsedLead[]; columns: string[]; skipped: number }

type Options = {
  defaultCountry?: string
  /** Countries reachable by the workflow's active Voice Call numbers; null = no destination check. */
  allowedCountries: ReadonlySet<string> | null
}

function readHeader(header: string[]) {
  const names = header.map((h) => h.trim())
  const phoneIndex = names.findIndex((h) => h.toLowerCase() === 'phone_number')
  if (phoneIndex < 0) throw badRequest(['The file needs a phone_number column.'])
  const problems: string[] = []
  names.forEach((name, i) => {
    if (!name) problems.push(`Column ${i + 1} has no name.`)
  })
  const duplicates = names.filter((n, i) => n && names.indexOf(n) !== i)
  if (duplicates.length > 0)
    problems.push(`Duplicate column names: ${[...new Set(duplicates)].join(', ')}.`)
  if (names.length - 1 > MAX_EXTRA_COLUMNS)
    problems.push(
      `At most ${MAX_EXTRA_COLUMNS} columns besides phone_number are allowed (found ${names.length - 1}).`,
    )
  if (problems.length > 0) throw badRequest(problems)
  return { names, phoneIndex }
}

type Collected = {
  leads: ParsedLead[]
  errors: Map<string, number[]>
  skipped: number
  rows: number
}

function rowsText(rows: number[]): string {
  const listed = rows.slice(0, MAX_LISTED_ROWS).join(', ')
  const more = rows.length - MAX_LISTED_ROWS
  return more > 0 ? `${listed} (and ${formatCount(more)} more)` : listed
}

function tooManyRows(): never {
  throw badRequest([
    `The file has more than ${formatCount(MAX_LEAD_ROWS)} rows; at most that many leads can be enrolled from one file. Split it into smaller files.`,
  ])
}

/**
 * Parses an enrollment CSV all-or-nothing, a slice at a time: any invalid row rejects the file
 * with errors grouped by reason (row numbers as in a spreadsheet, header = row 1; the first rows
 * of each group listed, the rest counted). Rows without a phone are skipped. `pause` runs between
 * slices, so a large file does not hold up other requests.
 */
export async function parseLeadCsvInSlices(
  text: string,
  options: Options,
  pause: () => Promise<void> | void = () => undefined,
): Promise<ParsedFile> {
  let header: ReturnType<typeof readHeader> | null = null
  const state: Collected = { leads: [], errors: new Map(), skipped: 0, rows: 0 }
  const fail = (reason: string, row: number) => {
    const rows = state.errors.get(reason)
    if (rows) rows.push(row)
    else state.errors.set(reason, [row])
  }
  let slices: Generator<{ text: string; firstRow: number }>
  try {
    slices = csvSlices(text.replace(/^\uFEFF/, ''))
    for (let next = slices.next(); !next.done; next = slices.next()) {
      const slice = next.value
      const records = Papa.parse<string[]>(slice.text, { skipEmptyLines: false }).data
      records.forEach((cells, index) => {
        if (cells.every((c) => c.trim() === '')) return
        const row = slice.firstRow + index
        if (!header) return void (header = readHeader(cells))
        state.rows += 1
        if (state.rows > MAX_LEAD_ROWS) tooManyRows()
        const { names, phoneIndex } = header
        const raw = (cells[phoneIndex] ?? '').trim()
        if (!raw) return void (state.skipped += 1)
        const phone = normalizePhone(raw, options.defaultCountry)
        if (!phone) return fail('invalid phone number', row)
        const country = countryOf(phone)
        if (options.allowedCountries && (!country || !options.allowedCountries.has(country)))
          return fail('destination prefix not enabled', row)
        const variables: Record<string, string> = {}
        names.forEach((name, i) => {
          if (i !== phoneIndex) variables[name] = (cells[i] ?? '').trim()
        })
        state.leads.push({ row, phone, variables })
      })
      await pause()
    }
  } catch (error) {
    if (error instanceof CsvQuotingError) throw badRequest([error.message])
    throw error
  }
  if (!header) throw badRequest(['The file is empty.'])
  const { names, phoneIndex } = header as ReturnType<typeof readHeader>
  if (state.errors.size > 0) {
    const grouped = [...state.errors].map(([reason, rows]) => ({
      reason,
      rows: rows.slice(0, MAX_LISTED_ROWS),
      count: rows.length,
    }))
    throw badRequest(
      [...state.errors].map(([reason, rows]) => `Row ${rowsText(rows)}: ${reason}`),
      { errors: grouped },
    )
  }
  if (state.leads.length === 0) throw badRequest(['The file has no rows with a phone number.'])
  return {
    leads: state.leads,
    columns: names.filter((_, i) => i !== phoneIndex),
    skipped: state.skipped,
  }
}
