import { describe, expect, it } from 'vitest'
import { checkLeadFile, MAX_FILE_BYTES } from './file-rules'

describe('checkLeadFile', () => {
  it('accepts a CSV within the size limit', () => {
    expect(checkLeadFile({ name: 'Leads.CSV', size: 100 })).toBeNull()
    expect(checkLeadFile({ name: 'export', size: 100, type: 'text/csv' })).toBeNull()
  })

  it('explains what to do with an Excel file', () => {
    expect(checkLeadFile({ name: 'leads.xlsx', size: 100 })).toMatch(/Save the sheet as CSV/)
  })

  it('rejects other types, empty files and files over 10 MB', () => {
    expect(checkLeadFile({ name: 'leads.txt', size: 100 })).toBe('Choose a .csv file.')
    expect(checkLeadFile({ name: 'leads.csv', size: 0 })).toBe('The file is empty.')
    expect(checkLeadFile({ name: 'leads.csv', size: MAX_FILE_BYTES + 1 })).toMatch(/limit is 10 MB/)
  })
})
