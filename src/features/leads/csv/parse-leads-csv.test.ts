import { describe, expect, it } from 'vitest'
import { parseLeadsCsv, type ParsedLeads, type UnreadableLeads } from './parse-leads-csv'
import type { Readiness } from './readiness'
import { REASONS } from './reasons'

const csv = (...lines: string[]) => lines.join('\n')

function ok(result: ParsedLeads | UnreadableLeads): ParsedLeads {
  if (!result.ok) throw new Error(`expected a readable file, got: ${result.fileErrors.join(' ')}`)
  return result
}
function unreadable(result: ParsedLeads | UnreadableLeads): string[] {
  if (result.ok) throw new Error('expected an unreadable file')
  return result.fileErrors
}

const voice = (over: Partial<Readiness> = {}): Readiness => ({
  hasVoiceCall: true,
  hasActiveNumber: true,
  allowedCallingCodes: ['91'],
  ...over,
})

describe('parseLeadsCsv — columns', () => {
  it('reads the phone column and turns every other column into a variable', () => {
    const r = ok(parseLeadsCsv(csv('phone_number,name,city', '+919876543210,Priya,Mumbai')))
    expect(r.phoneColumn).toBe('phone_number')
    expect(r.variableKeys).toEqual(['name', 'city'])
    expect(r.valid).toEqual([
      { row: 2, phone: '+919876543210', variables: { name: 'Priya', city: 'Mumbai' } },
    ])
    expect(r.invalid).toEqual([])
  })

  it.each(['Phone_Number', 'PHONE', 'Mobile', ' phone '])(
    'finds the phone column named %j',
    (name) => {
      const r = ok(parseLeadsCsv(csv(`${name},name`, '9876543210,Priya')))
      expect(r.valid[0]?.phone).toBe('+919876543210')
      expect(r.variableKeys).toEqual(['name'])
    },
  )

  it('prefers phone_number over phone and mobile; the others stay variables', () => {
    const r = ok(parseLeadsCsv(csv('mobile,phone_number', '9876543211,9876543210')))
    expect(r.phoneColumn).toBe('phone_number')
    expect(r.valid[0]).toMatchObject({
      phone: '+919876543210',
      variables: { mobile: '9876543211' },
    })
  })

  it('trims header names and keeps their case', () => {
    const r = ok(parseLeadsCsv(csv('phone,  First_Name ,city ', '9876543210,Priya,Pune')))
    expect(r.variableKeys).toEqual(['First_Name', 'city'])
    expect(r.valid[0]?.variables).toEqual({ First_Name: 'Priya', city: 'Pune' })
  })

  it('says clearly when there is no phone column', () => {
    const errors = unreadable(parseLeadsCsv(csv('name,city', 'Priya,Mumbai')))
    expect(errors).toEqual([
      'No phone column found. Add a column named “phone_number”, “phone” or “mobile” (any letter case).',
    ])
  })

  it('rejects duplicate headers', () => {
    const errors = unreadable(parseLeadsCsv(csv('phone,name,name ', '9876543210,a,b')))
    expect(errors[0]).toMatch(/Duplicate column “name”/)
  })

  it('accepts 15 variable columns and rejects 16', () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `v${i + 1}`)
    expect(
      ok(parseLeadsCsv(csv(['phone', ...keys(15)].join(','), '9876543210'))).variableKeys,
    ).toHaveLength(15)
    expect(
      unreadable(parseLeadsCsv(csv(['phone', ...keys(16)].join(','), '9876543210')))[0],
    ).toMatch(/16 variable columns; at most 15/)
  })

  it('ignores a nameless empty column (trailing comma) but rejects a nameless one with values', () => {
    expect(ok(parseLeadsCsv(csv('phone,name,', '9876543210,Priya,'))).variableKeys).toEqual([
      'name',
    ])
    expect(unreadable(parseLeadsCsv(csv('phone,,city', '9876543210,x,Pune')))[0]).toMatch(
      /Column 2 has values but no header/,
    )
  })

  it('reports an empty file', () => {
    expect(unreadable(parseLeadsCsv(''))[0]).toMatch(/empty/)
    expect(unreadable(parseLeadsCsv('\n\n'))[0]).toMatch(/empty/)
  })

  it('strips a UTF-8 byte-order mark and reads CRLF files', () => {
    const r = ok(parseLeadsCsv('\ufeffphone_number,name\r\n9876543210,Priya\r\n'))
    expect(r.phoneColumn).toBe('phone_number')
    expect(r.valid).toHaveLength(1)
  })

  it('keeps quoted values with commas and quotes intact', () => {
    const r = ok(parseLeadsCsv(csv('phone,note', '9876543210,"Said ""call me"", later"')))
    expect(r.valid[0]?.variables.note).toBe('Said "call me", later')
  })

  it('accepts a file with a header only (nothing to enrol)', () => {
    const r = ok(parseLeadsCsv('phone_number,name\n'))
    expect(r.valid).toEqual([])
    expect(r.totalRows).toBe(0)
  })
})

describe('parseLeadsCsv — rows', () => {
  const file = csv(
    'phone_number,name', // 1
    '+919876543210,A', // 2 valid
    'not-a-number,B', // 3 invalid
    ',C', // 4 missing
    '', // 5 blank → skipped
    '98765 43211,D', // 6 valid (national)
    '+91 98765 43210,E', // 7 duplicate of 2
    '12345,F', // 8 invalid
    ' , ', // 9 blank → skipped
    '+919876543212,G,extra', // 10 too many values
    '09876543213,H', // 11 valid (trunk 0)
  )

  it('groups failures by reason with spreadsheet row numbers and keeps every valid row', () => {
    const r = ok(parseLeadsCsv(file))
    expect(r.valid.map((v) => [v.row, v.phone])).toEqual([
      [2, '+919876543210'],
      [6, '+919876543211'],
      [11, '+919876543213'],
    ])
    expect(r.invalid).toEqual([
      { reason: REASONS.invalidPhone, rows: [3, 8] },
      { reason: REASONS.missingPhone, rows: [4] },
      { reason: REASONS.tooManyValues, rows: [10] },
    ])
    expect(r.skipped).toEqual([5, 9])
    expect(r.warnings).toEqual([{ reason: REASONS.duplicatePhone, rows: [7] }])
    expect(r.totalRows).toBe(8)
  })

  it('fills missing trailing values with empty strings', () => {
    const r = ok(parseLeadsCsv(csv('phone,name,city', '9876543210,Priya')))
    expect(r.valid[0]?.variables).toEqual({ name: 'Priya', city: '' })
  })

  it('does not count a trailing empty column value as an extra value', () => {
    const r = ok(parseLeadsCsv(csv('phone,name', '9876543210,Priya,', '9876543211,Arjun, ')))
    expect(r.valid).toHaveLength(2)
  })

  it('uses the default calling code it is given', () => {
    const r = ok(parseLeadsCsv(csv('phone', '2125550107'), { defaultCallingCode: '1' }))
    expect(r.valid[0]?.phone).toBe('+12125550107')
  })

  it('numbers rows as a spreadsheet does when a quoted value spans lines', () => {
    const r = ok(parseLeadsCsv(csv('phone,note', '9876543210,"two', 'lines"', 'bad,x')))
    expect(r.invalid).toEqual([{ reason: REASONS.invalidPhone, rows: [3] }])
  })
})

describe('parseLeadsCsv — readiness (contract §8.2)', () => {
  const file = csv('phone', '+919876543210', '+12125550107', 'junk', '+442079460958')

  it('applies no number rules when the workflow has no voice call', () => {
    const r = ok(
      parseLeadsCsv(file, {
        readiness: { hasVoiceCall: false, hasActiveNumber: false, allowedCallingCodes: [] },
      }),
    )
    expect(r.valid).toHaveLength(3)
  })

  it('fails every row when the voice calls have no active outbound number (bad numbers keep their own reason)', () => {
    const r = ok(
      parseLeadsCsv(file, {
        readiness: voice({ hasActiveNumber: false, allowedCallingCodes: [] }),
      }),
    )
    expect(r.valid).toEqual([])
    expect(r.invalid).toEqual([
      { reason: REASONS.noActiveNumber, rows: [2, 3, 5] },
      { reason: REASONS.invalidPhone, rows: [4] },
    ])
  })

  it('rejects destinations outside the allowed countries with their own reason', () => {
    const r = ok(parseLeadsCsv(file, { readiness: voice({ allowedCallingCodes: ['91', '44'] }) }))
    expect(r.valid.map((v) => v.row)).toEqual([2, 5])
    expect(r.invalid).toContainEqual({ reason: REASONS.countryNotAllowed(['91', '44']), rows: [3] })
    expect(REASONS.countryNotAllowed(['91', '44'])).toContain('+91, +44')
  })

  it('allows any country when the allowed set is unknown', () => {
    const r = ok(parseLeadsCsv(file, { readiness: voice({ allowedCallingCodes: null }) }))
    expect(r.valid).toHaveLength(3)
  })
})
