/**
 * Phone normalisation to E.164 (contract §6.1 mock recommendation). Bare 10-digit numbers take
 * the default country (India: +91); a leading trunk `0` or `00` international prefix is accepted.
 */
const CALLING_CODES: Record<string, string> = {
  '91': 'IN',
  '1': 'US',
  '44': 'GB',
  '971': 'AE',
  '65': 'SG',
  '61': 'AU',
}

const DEFAULT_COUNTRY_CODES: Record<string, string> = { IN: '91', US: '1', GB: '44' }

export function normalizePhone(raw: string, defaultCountry = 'IN'): string | null {
  const compact = raw.trim().replace(/[\s\-().]/g, '')
  if (!compact) return null
  let digits: string
  if (compact.startsWith('+')) digits = compact.slice(1)
  else if (compact.startsWith('00')) digits = compact.slice(2)
  else {
    const national = compact.startsWith('0') && compact.length === 11 ? compact.slice(1) : compact
    const code = DEFAULT_COUNTRY_CODES[defaultCountry] ?? '91'
    if (/^\d{10}$/.test(national) && /^[2-9]/.test(national)) digits = `${code}${national}`
    else if (/^91\d{10}$/.test(national)) digits = national
    else return null
  }
  if (!/^[1-9]\d{7,14}$/.test(digits)) return null
  // Indian numbers are exactly 10 national digits.
  if (digits.startsWith('91') && digits.length !== 12) return null
  return `+${digits}`
}

/** ISO country of an E.164 number, for the destination check; null when unknown. */
export function countryOf(e164: string): string | null {
  const digits = e164.replace(/^\+/, '')
  for (const length of [3, 2, 1]) {
    const country = CALLING_CODES[digits.slice(0, length)]
    if (country) return country
  }
  return null
}
