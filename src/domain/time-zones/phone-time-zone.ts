import { getCountry } from 'countries-and-timezones'
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min'
import metadata from 'libphonenumber-js/min/metadata'
import { AREA_CODE_ZONES, SPLIT_AREA_CODES } from './nanp-area-codes'

export type LeadTimeZone = {
  zone: string
  /** The number's region may span several zones, or the zone is a guess. */
  approximate: boolean
  country: string | null
  basis: 'area code' | 'country' | 'calling code' | 'unknown'
}

/**
 * The zone most people of a multi-zone country live in: the fallback when the number says no
 * more. Countries not listed use the first zone the time-zone data gives, marked approximate.
 */
const MAIN_ZONES: Record<string, string> = {
  US: 'America/New_York',
  CA: 'America/Toronto',
  AU: 'Australia/Sydney',
  BR: 'America/Sao_Paulo',
  MX: 'America/Mexico_City',
  RU: 'Europe/Moscow',
  ID: 'Asia/Jakarta',
  DE: 'Europe/Berlin',
  ES: 'Europe/Madrid',
  PT: 'Europe/Lisbon',
  CN: 'Asia/Shanghai',
  KZ: 'Asia/Almaty',
  AR: 'America/Argentina/Buenos_Aires',
  CL: 'America/Santiago',
  NZ: 'Pacific/Auckland',
}

const callingCodes = (metadata as { country_calling_codes: Record<string, string[]> })
  .country_calling_codes

function zoneOfCountry(country: string): { zone: string; approximate: boolean } | null {
  const zones = (getCountry(country)?.timezones ?? []).filter((z) => !z.startsWith('Antarctica/'))
  if (zones.length === 0) return null
  if (zones.length === 1) return { zone: zones[0] as string, approximate: false }
  return { zone: MAIN_ZONES[country] ?? (zones[0] as string), approximate: true }
}

const UNKNOWN: LeadTimeZone = { zone: 'UTC', approximate: true, country: null, basis: 'unknown' }
const cache = new Map<string, LeadTimeZone>()

const CANADIAN_ZONES = new Set([
  'America/Toronto',
  'America/Vancouver',
  'America/Edmonton',
  'America/Winnipeg',
  'America/Regina',
  'America/Halifax',
  'America/Moncton',
  'America/St_Johns',
])

function resolve(phone: string): LeadTimeZone {
  // +1 with a known area code needs no parsing: the area code alone names the zone.
  const area = /^\+1(\d{3})/.exec(phone)?.[1]
  const areaZone = area ? AREA_CODE_ZONES.get(area) : undefined
  if (area && areaZone)
    return {
      zone: areaZone,
      approximate: SPLIT_AREA_CODES.has(area),
      country: CANADIAN_ZONES.has(areaZone) ? 'CA' : 'US',
      basis: 'area code',
    }
  const parsed = parsePhoneNumberFromString(phone.trim())
  if (!parsed) return UNKNOWN
  const code = parsed.countryCallingCode
  // An unassigned or invalid national number still names its calling code's main country.
  const country: CountryCode | undefined =
    parsed.country ?? (callingCodes[code]?.[0] as CountryCode)
  const found = country ? zoneOfCountry(country) : null
  if (!found || !country) return UNKNOWN
  return { ...found, country, basis: parsed.country ? 'country' : 'calling code' }
}

/**
 * Numbers that share their first digits share a country (libphonenumber decides a shared calling
 * code's country from the leading digits), so the answer is remembered per prefix: 10,000 leads
 * of one campaign are a few dozen look-ups.
 */
const PREFIX_LENGTH = 9

/** A lead's local time zone from its phone number (E.164 expected). */
export function timeZoneOfPhone(phone: string): LeadTimeZone {
  const key = phone.trim().slice(0, PREFIX_LENGTH)
  let known = cache.get(key)
  if (!known) {
    known = resolve(phone.trim())
    cache.set(key, known)
  }
  return known
}
