/** E.164: `+`, a country code not starting with 0, 8 to 15 digits in all. */
export const E164 = /^\+[1-9]\d{7,14}$/

export type PhoneResult = { ok: true; e164: string } | { ok: false; problem: 'missing' | 'invalid' }

const SEPARATORS = /[\s\-.()/\u00a0]/g

/**
 * Normalises what people type into spreadsheets to E.164. Accepts `+<digits>`, `00<digits>`
 * (international prefix), a bare 10-digit national number starting 2–9 (gets
 * `defaultCallingCode`), the same with a leading trunk `0`, and the national number already
 * prefixed with the default code but without `+`. +91 and +1 numbers must have 10 national digits
 * (the mock rejects others). Everything else is invalid; nothing is guessed beyond that.
 */
export function normalisePhone(raw: string, defaultCallingCode: string): PhoneResult {
  const trimmed = raw.trim()
  if (trimmed === '') return { ok: false, problem: 'missing' }
  const compact = trimmed.replace(SEPARATORS, '')
  let candidate: string
  if (/^\+\d+$/.test(compact)) candidate = compact
  else if (/^00\d+$/.test(compact)) candidate = `+${compact.slice(2)}`
  else if (/^[2-9]\d{9}$/.test(compact)) candidate = `+${defaultCallingCode}${compact}`
  else if (/^0[2-9]\d{9}$/.test(compact)) candidate = `+${defaultCallingCode}${compact.slice(1)}`
  else if (
    /^\d+$/.test(compact) &&
    compact.length === defaultCallingCode.length + 10 &&
    compact.startsWith(defaultCallingCode)
  )
    candidate = `+${compact}`
  else return { ok: false, problem: 'invalid' }
  return E164.test(candidate) && hasNationalLength(candidate)
    ? { ok: true, e164: candidate }
    : { ok: false, problem: 'invalid' }
}

/** Countries whose national numbers have one fixed length: India and the NANP (+1) use 10 digits. */
const NATIONAL_DIGITS: Readonly<Record<string, number>> = { '91': 10, '1': 10 }

function hasNationalLength(e164: string): boolean {
  const digits = e164.slice(1)
  const code = Object.keys(NATIONAL_DIGITS).find((c) => digits.startsWith(c))
  return code === undefined || digits.length - code.length === NATIONAL_DIGITS[code]
}
