import { onlineManager } from '@tanstack/react-query'

/**
 * Offline detection that does not trust `navigator.onLine` alone: a dropped Wi-Fi behind a
 * router, a VPN or a dead server all leave it `true`. After a few requests in a row fail at the
 * network level, TanStack Query is told the app is offline (the banner shows, queries and
 * mutations pause); a cheap probe then runs every few seconds and the first answer of any kind
 * brings the app back online, where paused queries resume and paused changes are sent.
 * The browser's own offline/online events keep working (TanStack Query listens to them).
 */
export type ConnectivityOptions = {
  /** Any request that reaches the server; its outcome arrives through `reached`/`unreachable`. */
  probe: () => Promise<unknown>
  failuresBeforeOffline?: number
  probeEveryMs?: number
  /** Paths that never tell anything about the network (the mock's private routes are never faulted). */
  ignore?: (path: string) => boolean
}

export type Connectivity = {
  reached(path: string): void
  unreachable(path: string): void
  /** Probe now (e.g. after the demo's offline fault was turned off). */
  probeNow(): void
  stop(): void
}

export function createConnectivity({
  probe,
  failuresBeforeOffline = 2,
  probeEveryMs = 2_000,
  ignore = () => false,
}: ConnectivityOptions): Connectivity {
  let failures = 0
  let probing = false
  let timer: ReturnType<typeof setInterval> | undefined

  const browserOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false

  function runProbe() {
    // The browser says offline: its `online` event, not a probe, is what brings the app back.
    if (probing || browserOffline()) return
    probing = true
    probe()
      .catch(() => undefined)
      .finally(() => {
        probing = false
      })
  }

  function sync(online: boolean) {
    if (online && timer !== undefined) {
      clearInterval(timer)
      timer = undefined
    } else if (!online && timer === undefined) {
      timer = setInterval(runProbe, probeEveryMs)
    }
  }
  const unsubscribe = onlineManager.subscribe(sync)
  sync(onlineManager.isOnline())

  return {
    reached(path) {
      if (ignore(path)) return
      failures = 0
      if (!onlineManager.isOnline() && !browserOffline()) onlineManager.setOnline(true)
    },
    unreachable(path) {
      if (ignore(path)) return
      failures += 1
      if (failures >= failuresBeforeOffline && onlineManager.isOnline())
        onlineManager.setOnline(false)
    },
    probeNow() {
      if (!onlineManager.isOnline()) runProbe()
    },
    stop() {
      unsubscribe()
      if (timer !== undefined) clearInterval(timer)
      timer = undefined
    },
  }
}
