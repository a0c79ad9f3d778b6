import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { readServerRowErrors, toUploadCsv } from './upload-csv'

const rows = [
  { row: 2, phone: '+919876543210', variables: { name: 'Priya, "P" Sharma', city: 'Mumbai' } },
  { row: 5, phone: '+919876543211', variables: { name: 'Arjun', city: '' } },
  { row: 9, phone: '+919876543212', variables: { name: 'Meera', city: 'Pune' } },
]

describe('toUploadCsv', () => {
  it('writes phone_number first and round-trips values with commas and quotes', () => {
    const csv = toUploadCsv(rows, ['name', 'city'])
    const back = Papa.parse<string[]>(csv).data
    expect(back[0]).toEqual(['phone_number', 'name', 'city'])
    expect(back[1]).toEqual(['+919876543210', 'Priya, "P" Sharma', 'Mumbai'])
    expect(back).toHaveLength(4)
  })
})

describe('readServerRowErrors', () => {
  it('maps the uploaded file’s row numbers back to the user’s file', () => {
    const { groups, general } = readServerRowErrors(
      [
        'Row 2, 4: destination prefix not enabled',
        'Rows 3: invalid phone number',
        'Something else',
      ],
      rows,
    )
    expect(groups).toEqual([
      { reason: 'destination prefix not enabled', rows: [2, 9] },
      { reason: 'invalid phone number', rows: [5] },
    ])
    expect(general).toEqual(['Something else'])
  })
})
