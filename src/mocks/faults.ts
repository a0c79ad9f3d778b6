import type { Random } from './random'

/**
 * Fault injection for resilience demos and tests. Settings live in the runtime
 * (`POST /v1/__mock/faults`) and can be overridden per request with the `x-mock-faults` header
 * (JSON). Mock-private `__mock` endpoints are never faulted.
 */
export type FaultSettings = {
  latencyMs: number
  /** Share (0–1) of GET requests answered with a 503. */
  readFailureRate: number
  /** Every non-GET request fails with this status. */
  writeFailure: null | '409' | '500'
  /** Requests never get an answer. */
  hang: boolean
  /** Requests fail at the network level. */
  offline: boolean
}

export const NO_FAULTS: FaultSettings = {
  latencyMs: 0,
  readFailureRate: 0,
  writeFailure: null,
  hang: false,
  offline: false,
}

export type FaultStore = {
  get(): FaultSettings
  set(patch: Partial<FaultSettings>): FaultSettings
  reset(): void
}

export function createFaultStore(): FaultStore {
  let current = { ...NO_FAULTS }
  return {
    get: () => ({ ...current }),
    set: (patch) => {
      current = { ...current, ...patch }
      return { ...current }
    },
    reset: () => {
      current = { ...NO_FAULTS }
    },
  }
}

/** Validates a partial settings object; unknown keys are ignored. */
export function parseFaultPatch(raw: unknown): {
  patch: Partial<FaultSettings>
  problems: string[]
} {
  const patch: Partial<FaultSettings> = {}
  const problems: string[] = []
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { patch, problems: ['faults must be a JSON object'] }
  const body = raw as Record<string, unknown>
  if (body.latencyMs !== undefined) {
    if (typeof body.latencyMs === 'number' && body.latencyMs >= 0) patch.latencyMs = body.latencyMs
    else problems.push('latencyMs must be a non-negative number')
  }
  if (body.readFailureRate !== undefined) {
    const rate = body.readFailureRate
    if (typeof rate === 'number' && rate >= 0 && rate <= 1) patch.readFailureRate = rate
    else problems.push('readFailureRate must be a number between 0 and 1')
  }
  if (body.writeFailure !== undefined) {
    const value =
      body.writeFailure === 409 || body.writeFailure === 500
        ? String(body.writeFailure)
        : body.writeFailure
    if (value === null || value === '409' || value === '500') patch.writeFailure = value
    else problems.push("writeFailure must be null, '409' or '500'")
  }
  for (const key of ['hang', 'offline'] as const) {
    if (body[key] === undefined) continue
    if (typeof body[key] === 'boolean') patch[key] = body[key]
    else problems.push(`${key} must be a boolean`)
  }
  return { patch, problems }
}

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'offline' }
  | { kind: 'hang' }
  | { kind: 'status'; status: number; message: string }

export function decideFault(
  settings: FaultSettings,
  method: string,
  random: Random,
): FaultDecision {
  if (settings.offline) return { kind: 'offline' }
  if (settings.hang) return { kind: 'hang' }
  const isRead = method === 'GET' || method === 'HEAD'
  if (isRead && settings.readFailureRate > 0 && random.next() < settings.readFailureRate)
    return { kind: 'status', status: 503, message: 'Injected fault: service unavailable.' }
  if (!isRead && settings.writeFailure === '409')
    return {
      kind: 'status',
      status: 409,
      message: 'Injected fault: the resource changed; reload and retry.',
    }
  if (!isRead && settings.writeFailure === '500')
    return { kind: 'status', status: 500, message: 'Injected fault: internal server error.' }
  return { kind: 'none' }
}
