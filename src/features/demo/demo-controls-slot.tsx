import { Suspense } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import { mockQueries } from '../../api/mock-admin'
import { preloadable } from '../../components/preloadable'

/** Longest the first render waits to learn whether the demo bar shows. */
const DEMO_BAR_WAIT_MS = 300

const importControls = () => import('./demo-controls')
const controls = preloadable(importControls)

/**
 * Whether the built-in mock answers decides whether the demo bar shows. The root route learns it
 * (and fetches the bar's code and data) alongside the page's own data, so the bar is there in the
 * first paint instead of popping in and pushing the page down. Never waits long on a real API.
 */
export function loadDemoControls(queryClient: QueryClient): Promise<unknown> {
  const ready = Promise.all([
    queryClient.prefetchQuery(mockQueries.state()),
    controls.preload(),
    importControls().then((module) => module.prefetchDemoData(queryClient)),
  ]).catch(() => undefined)
  return Promise.race([ready, new Promise((resolve) => setTimeout(resolve, DEMO_BAR_WAIT_MS))])
}

export function DemoControlsSlot() {
  return (
    <Suspense fallback={null}>
      <controls.Component />
    </Suspense>
  )
}
