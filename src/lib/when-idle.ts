/**
 * Runs `run` once the browser is idle (at the latest after `timeoutMs`); where there is no
 * `requestIdleCallback`, after a second. For code fetched after start-up: it must not compete with
 * the first screen, yet should be there before a person reaches for it. Does nothing outside a
 * browser.
 */
export function whenIdle(run: () => void, timeoutMs = 3000): void {
  if (typeof window === 'undefined') return
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(() => run(), { timeout: timeoutMs })
  else window.setTimeout(run, 1000)
}
