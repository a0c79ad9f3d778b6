import { useEffect, useRef } from 'react'
import type { z } from 'zod'

/**
 * Unsaved form input kept in sessionStorage, so that "sign in again" (a full reload through the
 * SSO login) or an accidental reload does not lose what the user typed. sessionStorage is per tab
 * and per origin and ends with the tab: kept input never leaks to another tab or outlive the visit.
 * Storage failures (private mode, quota) are ignored: kept input is a convenience.
 */
// The stored prefix predates the name "kept input"; unchanged so text kept before is still found.
const PREFIX = 'workflow-console:draft:'

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage
  } catch {
    return undefined
  }
}

/** The kept input under `key` when it still matches `schema`; undefined otherwise. */
export function readKeptInput<T extends z.ZodType>(
  key: string,
  schema: T,
): z.output<T> | undefined {
  const raw = storage()?.getItem(PREFIX + key)
  if (raw == null) return undefined
  try {
    const parsed = schema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

export function keepInput(key: string, value: unknown) {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(value))
  } catch {
    // Quota or disabled storage: kept input is only a convenience.
  }
}

/** Call once the input is saved (or deliberately discarded). */
export function clearKeptInput(key: string) {
  try {
    storage()?.removeItem(PREFIX + key)
  } catch {
    // As above.
  }
}

/**
 * Mirrors `value` into sessionStorage while the user edits. Pass `undefined` when there is
 * nothing unsaved (editor closed, form pristine) and the kept input is removed.
 */
export function useKeptInput(key: string, value: unknown) {
  const serialized = value === undefined ? undefined : JSON.stringify(value)
  const lastKey = useRef(key)
  useEffect(() => {
    if (lastKey.current !== key) {
      clearKeptInput(lastKey.current)
      lastKey.current = key
    }
    if (serialized === undefined) clearKeptInput(key)
    else {
      try {
        storage()?.setItem(PREFIX + key, serialized)
      } catch {
        // As above.
      }
    }
  }, [key, serialized])
}
