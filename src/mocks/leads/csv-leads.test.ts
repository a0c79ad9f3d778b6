import { describe, expect, it } from 'vitest'
import { MockApiError } from '../errors'
import { parseLeadCsv } from './csv-leads'

const open = { allowedCountries: null }

function refusal(fn: () => unknown): MockApiError {
  try {
    fn()
  } catch (error) {
    if (error instanceof MockApiError) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe('lead CSV parsing', () => {
  it('finds the phone column case-insensitively and keeps other headers as variables', () => {
    const parsed = parseLeadCsv('Phone_Number, First_Name ,city\n9876543210,Asha,Pune\n', open)
    expect(parsed.columns).toEqual(['First_Name', 'city'])
    expect(parsed.leads).toEqual([
      { row: 2, phone: '+919876543210', variables: { First_Name: 'Asha', city: 'Pune' } },
    ])
  })

  it('skips rows without a phone and counts them', () => {
    const parsed = parseLeadCsv('phone_number,name\n9876543210,A\n,B\n\n', open)
    expect(parsed.skipped).toBe(1)
    expect(parsed.leads).toHaveLength(1)
  })

  it('rejects the whole file with errors grouped by reason and spreadsheet row numbers', () => {
    const csv = 'phone_number\n9876543210\n123\n+12125550107\nabc\n'
    const error = refusal(() => parseLeadCsv(csv, { allowedCountries: new Set(['IN']) }))
    expect(error.status).toBe(400)
    expect(error.messages).toEqual([
      'Row 3, 5: invalid phone number',
      'Row 4: destination prefix not enabled',
    ])
    expect(error.extra.errors).toEqual([
      { reason: 'invalid phone number', rows: [3, 5] },
      { reason: 'destination prefix not enabled', rows: [4] },
    ])
  })

  it('needs a phone_number column', () => {
    expect(refusal(() => parseLeadCsv('mobile\n9876543210\n', open)).messages).toEqual([
      'The file needs a phone_number column.',
    ])
  })

  it('allows at most 15 extra columns', () => {
    const header = ['phone_number', ...Array.from({ length: 16 }, (_, i) => `c${i}`)].join(',')
    expect(refusal(() => parseLeadCsv(`${header}\n9876543210\n`, open)).status).toBe(400)
    const ok = ['phone_number', ...Array.from({ length: 15 }, (_, i) => `c${i}`)].join(',')
    expect(parseLeadCsv(`${ok}\n9876543210\n`, open).columns).toHaveLength(15)
  })

  it('refuses a file with no usable rows', () => {
    expect(refusal(() => parseLeadCsv('phone_number\n', open)).status).toBe(400)
  })
})
