import { useSyncExternalStore } from 'react'

/**
 * Whether the SSO session has ended, as learnt from a 401 on an API call. A tiny external store
 * (no React context) because the fetch client, which is not React, is the one that finds out.
 */
let expired = false
const listeners = new Set<() => void>()

function notify() {
  for (const listener of listeners) listener()
}

export function reportSessionExpired() {
  if (expired) return
  expired = true
  notify()
}

export function isSessionExpired(): boolean {
  return expired
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useSessionExpired(): boolean {
  return useSyncExternalStore(subscribeToSession, isSessionExpired, () => false)
}

/**
 * A full page load goes back through the SSO proxy, which sends the user to its login page and
 * then back here. Unsaved input survives in sessionStorage (see kept-input.ts).
 */
export function signInAgain() {
  // Forms with drafts keep them in sessionStorage, so the "leave without saving?" prompt of the
  // unsaved-changes guard would only get in the way. At the target, capture listeners run first.
  window.addEventListener('beforeunload', (event) => event.stopImmediatePropagation(), {
    capture: true,
    once: true,
  })
  window.location.reload()
}

/** Test helper: back to "signed in". */
export function resetSessionState() {
  expired = false
  notify()
}
