import { useSyncExternalStore } from 'react'
import { z } from 'zod'
import { NO_FAULTS, parseFaultParam, type FaultProfile } from './fault-profile'

/** sessionStorage is per tab: a second tab starts without faults. */
const STORAGE_KEY = 'workflow-console:faults'
export const FAULT_PARAM = 'faults'

const storedSchema = z.object({
  latencyMs: z.number().nonnegative(),
  readFailureRate: z.number().min(0).max(1),
  writeFailure: z.enum(['409', '500']).nullable(),
  hang: z.boolean(),
  offline: z.boolean(),
  timeoutMs: z.number().positive().optional(),
})

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage
  } catch {
    return undefined
  }
}

function load(): FaultProfile {
  try {
    const raw = storage()?.getItem(STORAGE_KEY)
    const parsed = raw ? storedSchema.safeParse(JSON.parse(raw)) : undefined
    return parsed?.success ? parsed.data : { ...NO_FAULTS }
  } catch {
    return { ...NO_FAULTS }
  }
}

let current: FaultProfile = load()
let paramProblems: string[] = []
const listeners = new Set<() => void>()

export function getFaultProfile(): FaultProfile {
  return current
}

export function setFaultProfile(next: FaultProfile) {
  current = { ...next }
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(current))
  } catch {
    // Disabled storage: the setting still holds until the page is reloaded.
  }
  for (const listener of listeners) listener()
}

export function clearFaultProfile() {
  setFaultProfile({ ...NO_FAULTS })
}

export function subscribeFaultProfile(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useFaultProfile(): FaultProfile {
  return useSyncExternalStore(subscribeFaultProfile, getFaultProfile, getFaultProfile)
}

/**
 * Applies `?faults=…` to this tab and returns the address without it (the setting then lives
 * in sessionStorage, so the router never sees the parameter). Returns null when there is none.
 */
export function applyFaultParam(href: string): { url: string; problems: string[] } | null {
  const url = new URL(href)
  const param = url.searchParams.get(FAULT_PARAM)
  if (param === null) return null
  const { profile, problems } = parseFaultParam(param)
  paramProblems = problems
  setFaultProfile(profile)
  url.searchParams.delete(FAULT_PARAM)
  return { url: url.toString(), problems }
}

/** The parts of `?faults=` that were not understood, once (for a warning). */
export function takeFaultParamProblems(): string[] {
  const problems = paramProblems
  paramProblems = []
  return problems
}

/** Test helper: back to the stored value. */
export function reloadFaultProfile() {
  current = load()
  for (const listener of listeners) listener()
}
