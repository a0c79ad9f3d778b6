import { z } from 'zod'
import { apiRequest, configureApiClient } from '../api/client'
import { faultHeaders } from '../features/demo/fault-profile'
import {
  applyFaultParam,
  getFaultProfile,
  subscribeFaultProfile,
} from '../features/demo/fault-store'
import { createConnectivity } from '../lib/connectivity'

/**
 * Runs once before the router starts: applies `?faults=…` to this tab (and drops it from the
 * address), sends this tab's fault setting with every request, and turns repeated network
 * failures into TanStack Query's offline state.
 */
export function setupApiClient() {
  const applied = applyFaultParam(window.location.href)
  if (applied) window.history.replaceState(window.history.state, '', applied.url)

  const connectivity = createConnectivity({
    probe: () => apiRequest('/workflows', { query: { limit: 1 }, schema: z.unknown() }),
    // The mock's private routes are never faulted: their answers say nothing about the network.
    ignore: (path) => path.startsWith('/__mock'),
  })
  configureApiClient({
    headers: () => faultHeaders(getFaultProfile()),
    timeoutMs: () => getFaultProfile().timeoutMs,
    onReached: connectivity.reached,
    onUnreachable: connectivity.unreachable,
  })
  // Turning the offline fault off should not wait for the next probe.
  subscribeFaultProfile(() => connectivity.probeNow())
}
