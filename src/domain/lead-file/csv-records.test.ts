import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { csvSlices } from './csv-records'

const sliced = (text: string, size: number) =>
  [...csvSlices(text, size)].flatMap((slice) =>
    Papa.parse<string[]>(slice.text, { skipEmptyLines: false })
      .data.map((cells, i) => ({ row: slice.firstRow + i, cells }))
      .filter((r) => r.cells.some((c) => c !== '')),
  )

describe('csvSlices', () => {
  it('cuts only between records, so slices parse as the whole file does', () => {
    const text = 'a,b\n1,"x\ny"\n2,"say ""hi"""\n3,z\n'
    const whole = Papa.parse<string[]>(text).data.filter((r) => r.some((c) => c !== ''))
    for (const size of [1, 3, 8, 1000])
      expect(sliced(text, size).map((r) => r.cells)).toEqual(whole)
    expect(sliced(text, 1).map((r) => r.row)).toEqual([1, 2, 3, 4])
  })

  it('ends records at CRLF and at a bare CR (old Mac files), numbering rows as a spreadsheet', () => {
    expect([...csvSlices('a\r\nb\r\nc', 1)].map((s) => s.firstRow)).toEqual([1, 2, 3])
    expect([...csvSlices('a\rb\rc', 1)].map((s) => s.firstRow)).toEqual([1, 2, 3])
  })

  it('names the row of text after a closing quote', () => {
    expect(() => [...csvSlices('a\n"abc"def,x\n')]).toThrow(/^Row 2: a quoted value has more text/)
  })
})
