const QUOTE = 34
const COMMA = 44
const LF = 10
const CR = 13

export type CsvSlice = {
  /** Whole records only: a slice never ends inside a quoted value. */
  text: string
  /** Spreadsheet row number of the slice's first record (the header is row 1). */
  firstRow: number
}

/** A row whose quoting cannot be read the one way a spreadsheet meant it. */
export class CsvQuotingError extends Error {
  constructor(
    readonly row: number,
    problem: 'unclosed' | 'text-after-quote',
  ) {
    super(
      problem === 'unclosed'
        ? `Row ${row}: a quoted value is not closed (a " is missing), so every row after it would be read into it. Fix the quoting and upload the file again.`
        : `Row ${row}: a quoted value has more text after its closing quote (write "" for a quote inside a quoted value). Fix the quoting and upload the file again.`,
    )
  }
}

/**
 * Cuts CSV text into slices of about `sliceChars` at record boundaries, with the row number of
 * each slice, so a large file can be parsed a slice at a time without blocking. Quotes follow
 * RFC 4180 (and Papa Parse): a quote opens a quoted value only at the start of a field, `""`
 * inside one is a literal quote. A quote that never closes, or text after a closing quote, is a
 * `CsvQuotingError` naming the row where the quote opened, instead of one record that swallows the
 * rest of the file or a slice cut where Papa Parse would still be inside the value.
 */
export function* csvSlices(text: string, sliceChars = 256 * 1024): Generator<CsvSlice> {
  let start = 0
  let startRow = 1
  let row = 1
  let fieldStart = true
  let inQuotes = false
  let quoteRow = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (inQuotes) {
      if (ch !== QUOTE) continue
      const next = text.charCodeAt(i + 1)
      if (next === QUOTE) i++
      else if (i + 1 < text.length && next !== COMMA && next !== LF && next !== CR)
        throw new CsvQuotingError(quoteRow, 'text-after-quote')
      else inQuotes = false
      continue
    }
    if (ch === QUOTE && fieldStart) {
      inQuotes = true
      quoteRow = row
      fieldStart = false
    } else if (ch === LF || (ch === CR && text.charCodeAt(i + 1) !== LF)) {
      // LF, CRLF (its CR is passed over) or a bare CR (old Mac files) ends a record.
      row++
      fieldStart = true
      if (i + 1 - start >= sliceChars) {
        yield { text: text.slice(start, i + 1), firstRow: startRow }
        start = i + 1
        startRow = row
      }
    } else {
      fieldStart = ch === COMMA
    }
  }
  if (inQuotes) throw new CsvQuotingError(quoteRow, 'unclosed')
  if (start < text.length) yield { text: text.slice(start), firstRow: startRow }
}
