import type { QueryClient } from '@tanstack/react-query'
import { MockControls } from './mock-controls'
import { clockQueries } from './clock-api'
import { ClockControl } from './clock-control'
import { FaultSettings } from './fault-settings'

/** The demo bar's controls; each renders nothing against a real API. Loaded after start-up. */
export default function DemoControls() {
  return (
    <>
      <MockControls />
      <ClockControl />
      <FaultSettings />
    </>
  )
}

/** What the controls show on their first render. */
export const prefetchDemoData = (queryClient: QueryClient) =>
  queryClient.prefetchQuery(clockQueries.clock())
