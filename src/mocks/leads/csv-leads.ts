import Papa from 'papaparse'
import { badRequest } from '../errors'
import { countryOf, normalizePhone } from './phone'

export const MAX_EXTRA_COLUMNS = 15

export type ParsedLead = { row: number; phone: string; variables: Record<string, string> }
export type ParsedFile = { leads: ParsedLead[]; columns: string[]; skipped: number }
export type RowError = { reason: string; rows: number[] }

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

/**
 * Parses an enrollment CSV all-or-nothing: any invalid row rejects the file with errors grouped
 * by reason (row numbers as in a spreadsheet, header = row 1). Rows without a phone are skipped.
 */
export function parseLeadCsv(text: string, options: Options): ParsedFile {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' })
  const [header, ...rows] = parsed.data
  if (!header) throw badRequest(['The file is empty.'])
  const { names, phoneIndex } = readHeader(header)
  const errors = new Map<string, number[]>()
  const fail = (reason: string, row: number) =>
    errors.set(reason, [...(errors.get(reason) ?? []), row])
  const leads: ParsedLead[] = []
  let skipped = 0
  rows.forEach((cells, index) => {
    const row = index + 2
    const raw = (cells[phoneIndex] ?? '').trim()
    if (!raw) {
      skipped += 1
      return
    }
    const phone = normalizePhone(raw, options.defaultCountry)
    if (!phone) return fail('invalid phone number', row)
    const country = countryOf(phone)
    if (options.allowedCountries && (!country || !options.allowedCountries.has(country)))
      return fail('destination prefix not enabled', row)
    const variables: Record<string, string> = {}
    names.forEach((name, i) => {
      if (i !== phoneIndex) variables[name] = (cells[i] ?? '').trim()
    })
    leads.push({ row, phone, variables })
  })
  if (errors.size > 0) {
    const grouped: RowError[] = [...errors].map(([reason, rowNumbers]) => ({
      reason,
      rows: rowNumbers,
    }))
    throw badRequest(
      grouped.map((g) => `Row ${g.rows.join(', ')}: ${g.reason}`),
      { errors: grouped },
    )
  }
  if (leads.length === 0) throw badRequest(['The file has no rows with a phone number.'])
  return { leads, columns: names.filter((_, i) => i !== phoneIndex), skipped }
}
