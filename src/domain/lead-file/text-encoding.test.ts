import { describe, expect, it } from 'vitest'
import { decodeTextFile } from './text-encoding'

const bytes = (...values: number[]) => new Uint8Array(values)
const utf16le = (text: string) =>
  new Uint8Array([
    0xff,
    0xfe,
    ...[...text].flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8]),
  ])

describe('decodeTextFile', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const jose = new TextEncoder().encode('name\nJosé\n')
    expect(decodeTextFile(jose)).toEqual({ ok: true, text: 'name\nJosé\n', encoding: 'UTF-8' })
    expect(decodeTextFile(bytes(0xef, 0xbb, 0xbf, ...jose))).toMatchObject({ text: 'name\nJosé\n' })
  })

  it('reads a Latin-1 / Windows-1252 file instead of storing replacement characters', () => {
    // "José €" in Windows-1252: é = 0xE9, € = 0x80.
    expect(decodeTextFile(bytes(0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x80))).toEqual({
      ok: true,
      text: 'José €',
      encoding: 'Windows-1252',
    })
  })

  it('reads UTF-16 with a byte-order mark', () => {
    expect(decodeTextFile(utf16le('phone_number\nJosé'))).toEqual({
      ok: true,
      text: 'phone_number\nJosé',
      encoding: 'UTF-16LE',
    })
  })

  it('refuses UTF-16 without a byte-order mark, saying the encoding is the problem', () => {
    const result = decodeTextFile(utf16le('phone_number').subarray(2))
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/UTF-16/) as unknown })
  })
})
