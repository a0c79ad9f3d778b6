export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252'

export type DecodedTextFile =
  { ok: true; text: string; encoding: TextEncodingName } | { ok: false; message: string }

/**
 * Windows-1252's 0x80–0x9F (€, ‚, smart quotes, …). Browsers decode them, but Node's TextDecoder
 * treats 'windows-1252' as ISO-8859-1 and yields C1 controls, so they are mapped here.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192)
    text += String.fromCharCode(
      ...Array.from(chunk, (b) =>
        b >= 0x80 && b <= 0x9f ? WINDOWS_1252_C1.charCodeAt(b - 0x80) : b,
      ),
    )
  }
  return text
}

function decode(bytes: Uint8Array, label: string, skip = 0): string {
  return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip))
}

/**
 * Reads a text file the way a spreadsheet exported it: UTF-8 (with or without a BOM), UTF-16
 * with a BOM (Excel's "Unicode text"), or, when the bytes are not valid UTF-8, Windows-1252 (a
 * superset of Latin-1, what Excel on Windows writes as "CSV"). UTF-16 without a BOM and binary
 * files are refused with a message that names the encoding as the problem.
 */
export function decodeTextFile(bytes: Uint8Array): DecodedTextFile {
  const [b0, b1, b2] = bytes
  try {
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
      return { ok: true, text: decode(bytes, 'utf-8', 3), encoding: 'UTF-8' }
    if (b0 === 0xff && b1 === 0xfe)
      return { ok: true, text: decode(bytes, 'utf-16le', 2), encoding: 'UTF-16LE' }
    if (b0 === 0xfe && b1 === 0xff)
      return { ok: true, text: decode(bytes, 'utf-16be', 2), encoding: 'UTF-16BE' }
  } catch {
    return {
      ok: false,
      message:
        'The file says it is Unicode text but its bytes are not. Save it again as “CSV UTF-8” and upload it again.',
    }
  }
  if (bytes.subarray(0, 4096).includes(0))
    return {
      ok: false,
      message:
        'The file is not plain text in an encoding we can read (it looks like UTF-16 without a byte-order mark, or a binary file). Save it as “CSV UTF-8” and upload it again.',
    }
  try {
    return { ok: true, text: decode(bytes, 'utf-8'), encoding: 'UTF-8' }
  } catch {
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'Windows-1252' }
  }
}
