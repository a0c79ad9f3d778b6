/**
 * The demo's network faults for THIS TAB. They travel with every API request as the mock's
 * per-request `x-mock-faults` header, so another tab (or another Playwright test) is never
 * affected, and they live in sessionStorage, so a reload keeps them and closing the tab ends them.
 *
 * URL syntax (read once at start-up, then removed from the address bar):
 *   ?faults=latency:800,reads5xx:0.3,writes:409,hang,offline,timeout:3000
 *   ?faults=off
 */
export type WriteFailure = '409' | '500'

export type FaultProfile = {
  /** Extra delay before every answer, in ms. */
  latencyMs: number
  /** Share (0–1) of reads answered with a 503. */
  readFailureRate: number
  /** Every write answers with this status. */
  writeFailure: WriteFailure | null
  /** Requests never get an answer. */
  hang: boolean
  /** The connection drops: requests fail at the network level. */
  offline: boolean
  /** How long this tab waits for an answer (ms); undefined = the build's default. */
  timeoutMs?: number | undefined
}

export const NO_FAULTS: FaultProfile = {
  latencyMs: 0,
  readFailureRate: 0,
  writeFailure: null,
  hang: false,
  offline: false,
}

/** True when the mock is asked to misbehave (a timeout override alone is not a fault). */
export function hasFaults(p: FaultProfile): boolean {
  return p.latencyMs > 0 || p.readFailureRate > 0 || p.writeFailure !== null || p.hang || p.offline
}

export function isDefaultProfile(p: FaultProfile): boolean {
  return !hasFaults(p) && p.timeoutMs === undefined
}

const MAX_LATENCY_MS = 60_000
const MIN_TIMEOUT_MS = 500

const isFlag = (v: string | undefined) => v === undefined || v === '' || v === 'true' || v === '1'
const isOff = (v: string | undefined) => v === 'false' || v === '0' || v === 'off'

/** Parses the `faults` URL parameter. Unknown or invalid parts are listed in `problems` and ignored. */
export function parseFaultParam(text: string): { profile: FaultProfile; problems: string[] } {
  const profile: FaultProfile = { ...NO_FAULTS }
  const problems: string[] = []
  const trimmed = text.trim()
  if (trimmed === '' || trimmed === 'off' || trimmed === 'none') return { profile, problems }
  for (const part of trimmed.split(',')) {
    const [rawKey = '', rawValue] = part.split(':', 2).map((s) => s.trim())
    const key = rawKey.toLowerCase()
    const value = rawValue?.toLowerCase()
    const number = Number(value)
    if (key === '') continue
    if (key === 'latency' && value && Number.isFinite(number) && number >= 0)
      profile.latencyMs = Math.min(Math.round(number), MAX_LATENCY_MS)
    else if ((key === 'reads5xx' || key === 'reads') && value && number >= 0 && number <= 1)
      profile.readFailureRate = number
    else if (key === 'writes' && (value === '409' || value === '500')) profile.writeFailure = value
    else if (key === 'writes' && (value === 'none' || isOff(value))) profile.writeFailure = null
    else if ((key === 'hang' || key === 'offline') && (isFlag(value) || isOff(value)))
      profile[key] = isFlag(value)
    else if (key === 'timeout' && value && Number.isFinite(number) && number >= MIN_TIMEOUT_MS)
      profile.timeoutMs = Math.round(number)
    else problems.push(part.trim())
  }
  return { profile, problems }
}

/** The `faults` URL parameter that recreates `p` ('off' when there is nothing to set). */
export function formatFaultParam(p: FaultProfile): string {
  const parts: string[] = []
  if (p.latencyMs > 0) parts.push(`latency:${p.latencyMs}`)
  if (p.readFailureRate > 0) parts.push(`reads5xx:${p.readFailureRate}`)
  if (p.writeFailure) parts.push(`writes:${p.writeFailure}`)
  if (p.hang) parts.push('hang')
  if (p.offline) parts.push('offline')
  if (p.timeoutMs !== undefined) parts.push(`timeout:${p.timeoutMs}`)
  return parts.length ? parts.join(',') : 'off'
}

/** One line for the header indicator, e.g. "800 ms latency · 30% reads fail · writes 409". */
export function describeFaults(p: FaultProfile): string {
  const parts: string[] = []
  if (p.latencyMs > 0) parts.push(`${p.latencyMs} ms latency`)
  if (p.readFailureRate > 0) parts.push(`${Math.round(p.readFailureRate * 100)}% reads fail`)
  if (p.writeFailure) parts.push(`writes ${p.writeFailure}`)
  if (p.hang) parts.push('requests hang')
  if (p.offline) parts.push('offline')
  if (p.timeoutMs !== undefined) parts.push(`timeout ${formatSeconds(p.timeoutMs)}`)
  return parts.join(' · ')
}

export const formatSeconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`

/** Request headers for the mock; none when the profile asks for no fault. */
export function faultHeaders(p: FaultProfile): Record<string, string> {
  if (!hasFaults(p)) return {}
  const { latencyMs, readFailureRate, writeFailure, hang, offline } = p
  return {
    'x-mock-faults': JSON.stringify({ latencyMs, readFailureRate, writeFailure, hang, offline }),
  }
}
