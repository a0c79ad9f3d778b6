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

export class UnclosedQuoteError extends Error {
  constructor(readonly row: number) {
    super(
      `Row ${row}: a quoted value is not closed (a " is missing), so every row after it would be read into it. Fix the quoting and upload the file again.`,
    )
  }
}

/**
 * Cuts CSV text into slices of about `sliceChars` at record boundaries, with the row number of
 * each slice, so a large file can be parsed a slice at a time without blocking. Quotes follow
 * RFC 4180 (and Papa Parse): a quote opens a quoted value only at the start of a field, `""`
 * inside one is a literal quote. A quote that never closes is an `UnclosedQuoteError` naming the
 * row where it opened, instead of one record that swallows the rest of the file.
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
      if (text.charCodeAt(i + 1) === QUOTE) i++
      else inQuotes = false
      continue
    }
    if (ch === QUOTE && fieldStart) {
      inQuotes = true
      quoteRow = row
      fieldStart = false
    } else if (ch === LF) {
      row++
      fieldStart = true
      if (i + 1 - start >= sliceChars) {
        yield { text: text.slice(start, i + 1), firstRow: startRow }
        start = i + 1
        startRow = row
      }
    } else {
      fieldStart = ch === COMMA || ch === CR
    }
  }
  if (inQuotes) throw new UnclosedQuoteError(quoteRow)
  if (start < text.length) yield { text: text.slice(start), firstRow: startRow }
}
