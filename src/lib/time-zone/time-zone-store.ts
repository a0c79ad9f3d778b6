/**
 * The time zone times are shown in: the viewer's own by default, or one they chose (for example
 * the agents' Asia/Kolkata). Kept in localStorage, shared by every tab (storage events).
 */
const KEY = 'wc:time-zone'
const listeners = new Set<() => void>()

// Building an Intl.DateTimeFormat costs tens of microseconds, and `currentTimeZone` is read on
// every render of every date on screen (useSyncExternalStore): each answer is worked out once.
let viewerZone: string | null = null
const validZones = new Map<string, boolean>()

export function viewerTimeZone(): string {
  if (viewerZone === null)
    try {
      viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
    } catch {
      viewerZone = 'UTC'
    }
  return viewerZone
}

export function isValidTimeZone(zone: string): boolean {
  let valid = validZones.get(zone)
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: zone })
      valid = true
    } catch {
      valid = false
    }
    validZones.set(zone, valid)
  }
  return valid
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

/**
 * Not until the screen is drawn and the page is idle: the first date formatted (or time zone asked
 * for) loads the browser's locale and zone data, 15-35 ms of main thread. Called by the app's entry
 * only, with a promise of the first screen loaded (main.tsx: its loader done and no query
 * fetching): a cold load shows its screen first and its few times (the header's, the demo clock's)
 * just after. Idle alone is not enough: a big canvas's load idles while its pages of steps arrive,
 * and the zone data then landed in the middle of it. Tests and later navigation are not affected.
 */
let deferred = false

export function deferTimeZoneUntilIdle(screenLoaded: Promise<unknown> = Promise.resolve()) {
  if (typeof window === 'undefined') return
  deferred = true
  const ready = () => {
    deferred = false
    for (const l of listeners) l()
  }
  const whenIdle = () => {
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(ready, { timeout: 1500 })
    else setTimeout(ready, 0)
  }
  // Two frames after the load: the first is the screen's render and paint.
  const afterPaint = () => requestAnimationFrame(() => requestAnimationFrame(whenIdle))
  screenLoaded.then(afterPaint, afterPaint)
}

/** The zone times are shown in, or `null` while the entry defers it (see above). */
export const shownTimeZone = (): string | null => (deferred ? null : currentTimeZone())

/** The zone chosen in the setting, or `null` for "the viewer's own". */
export function chosenTimeZone(): string | null {
  const stored = storage()?.getItem(KEY)
  return stored && isValidTimeZone(stored) ? stored : null
}

/** The zone every time on screen is shown in. */
export function currentTimeZone(): string {
  return chosenTimeZone() ?? viewerTimeZone()
}

export function setTimeZone(zone: string | null) {
  const s = storage()
  if (zone === null || zone === viewerTimeZone()) s?.removeItem(KEY)
  else if (isValidTimeZone(zone)) s?.setItem(KEY, zone)
  for (const l of listeners) l()
}

export function subscribeTimeZone(listener: () => void): () => void {
  listeners.add(listener)
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY || e.key === null) listener()
  }
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage)
  }
}
