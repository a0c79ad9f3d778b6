import { describe, expect, it } from 'vitest'
import { MAX_LEAD_ROWS } from '../../domain/lead-file/limits'
import { MockApiError } from '../errors'
import { parseLeadCsvInSlices as parse } from './csv-leads'

const open = { allowedCountries: null }

async function refusal(text: string, options: Parameters<typeof parse>[1] = open) {
  try {
    await parse(text, options)
  } catch (error) {
    if (error instanceof MockApiError) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe('lead CSV parsing', () => {
  it('finds the phone column case-insensitively and keeps other headers as variables', async () => {
    const parsed = await parse('Phone_Number, First_Name ,city\n9876543210,Asha,Pune\n', open)
    expect(parsed.columns).toEqual(['First_Name', 'city'])
    expect(parsed.leads).toEqual([
      { row: 2, phone: '+919876543210', variables: { First_Name: 'Asha', city: 'Pune' } },
    ])
  })

  it('skips rows without a phone and counts them', async () => {
    const parsed = await parse('phone_number,name\n9876543210,A\n,B\n\n', open)
    expect(parsed.skipped).toBe(1)
    expect(parsed.leads).toHaveLength(1)
  })

  it('rejects the whole file with errors grouped by reason and spreadsheet row numbers', async () => {
    const csv = 'phone_number\n9876543210\n123\n+12125550107\nabc\n'
    const error = await refusal(csv, { allowedCountries: new Set(['IN']) })
    expect(error.status).toBe(400)
    expect(error.messages).toEqual([
      'Row 3, 5: invalid phone number',
      'Row 4: destination prefix not enabled',
    ])
    expect(error.extra.errors).toEqual([
      { reason: 'invalid phone number', rows: [3, 5], count: 2 },
      { reason: 'destination prefix not enabled', rows: [4], count: 1 },
    ])
  })

  it('lists the first rows of a large error group and counts the rest', async () => {
    const csv = 'phone_number\n' + Array.from({ length: 5000 }, () => 'abc').join('\n')
    const error = await refusal(csv)
    expect(error.messages).toEqual([
      'Row 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21 (and 4,980 more): invalid phone number',
    ])
    expect(error.extra.errors).toEqual([
      expect.objectContaining({ count: 5000, rows: expect.any(Array) as unknown }),
    ])
  })

  it('names the row of a quote that is never closed instead of swallowing the rows after it', async () => {
    const csv = 'phone_number,name\n9876543210,Asha\n9876543211,"Ravi\n9876543212,Meera\n'
    expect((await refusal(csv)).messages).toEqual([
      expect.stringMatching(/^Row 3: a quoted value is not closed/),
    ])
  })

  it('keeps quoted commas, quotes and line breaks inside one value', async () => {
    const parsed = await parse('phone_number,note\n9876543210,"a, ""b""\nc"\n9876543211,x\n', open)
    expect(parsed.leads.map((l) => [l.row, l.variables.note])).toEqual([
      [2, 'a, "b"\nc'],
      [3, 'x'],
    ])
  })

  it('numbers rows the same across slices of a large file', async () => {
    const rows = Array.from(
      { length: 30_000 },
      (_, i) => `98765${String(i).padStart(5, '0')},n${i}`,
    )
    const csv = `phone_number,name\n${rows.join('\n')}\nabc,last\n`
    const error = await refusal(csv)
    expect(error.messages).toEqual(['Row 30002: invalid phone number'])
  })

  it('refuses more rows than one file may enrol, without reading on', async () => {
    const csv = 'phone_number\n' + '9876543210\n'.repeat(MAX_LEAD_ROWS + 1)
    expect((await refusal(csv)).messages[0]).toMatch(/more than 100,000 rows/)
  })

  it('needs a phone_number column', async () => {
    expect((await refusal('mobile\n9876543210\n')).messages).toEqual([
      'The file needs a phone_number column.',
    ])
  })

  it('allows at most 15 extra columns', async () => {
    const header = ['phone_number', ...Array.from({ length: 16 }, (_, i) => `c${i}`)].join(',')
    expect((await refusal(`${header}\n9876543210\n`)).status).toBe(400)
    const ok = ['phone_number', ...Array.from({ length: 15 }, (_, i) => `c${i}`)].join(',')
    expect((await parse(`${ok}\n9876543210\n`, open)).columns).toHaveLength(15)
  })

  it('refuses a file with no usable rows', async () => {
    expect((await refusal('phone_number\n')).status).toBe(400)
  })
})
