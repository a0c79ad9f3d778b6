/**
 * Country calling codes for the countries a DialNexa workspace is likely to dial. Used to tell
 * which destinations the workflow's numbers can reach (contract §8.2, rule 3); an unknown country
 * code makes that rule unknown, never a false rejection.
 */
export const CALLING_CODE_BY_COUNTRY: Readonly<Record<string, string>> = {
  IN: '91',
  US: '1',
  CA: '1',
  GB: '44',
  AE: '971',
  SA: '966',
  QA: '974',
  KW: '965',
  OM: '968',
  BH: '973',
  SG: '65',
  MY: '60',
  ID: '62',
  PH: '63',
  TH: '66',
  VN: '84',
  AU: '61',
  NZ: '64',
  BD: '880',
  PK: '92',
  LK: '94',
  NP: '977',
  ZA: '27',
  NG: '234',
  KE: '254',
  EG: '20',
  DE: '49',
  FR: '33',
  ES: '34',
  IT: '39',
  NL: '31',
  IE: '353',
  BR: '55',
  MX: '52',
  JP: '81',
  CN: '86',
  HK: '852',
}

const KNOWN_CODES = [...new Set(Object.values(CALLING_CODE_BY_COUNTRY))].sort(
  (a, b) => b.length - a.length,
)

/** The calling code of an E.164 number when it is one of the known ones (`+9198…` → `91`). */
export function callingCodeOf(e164: string): string | null {
  const digits = e164.replace(/^\+/, '')
  return KNOWN_CODES.find((code) => digits.startsWith(code)) ?? null
}

/** `IN` → `91`; falls back to the number itself when the country is missing or unknown. */
export function callingCodeForNumber(countryCode: string | undefined, phoneNumber: string) {
  const byCountry = countryCode
    ? CALLING_CODE_BY_COUNTRY[countryCode.trim().toUpperCase()]
    : undefined
  return byCountry ?? callingCodeOf(phoneNumber)
}
