import { Suspense } from 'react'
import { useQuery, type QueryClient } from '@tanstack/react-query'
import { mockQueries } from '../../api/mock-admin'
import { preloadable } from '../../components/preloadable'

/** Longest the first render waits to learn whether the built-in mock answers. */
const MOCK_CHECK_WAIT_MS = 300

const importControls = () => import('./demo-controls')
const controls = preloadable(importControls)

/**
 * Starts what the demo bar needs alongside the page's own data. Only the mock's small state answer
 * is waited for (at most 300 ms, so a real API that does not know the endpoint costs little); the
 * bar's code and clock load in the background while the bar keeps its place.
 */
export function loadDemoBar(queryClient: QueryClient): Promise<unknown> {
  void controls.preload().catch(() => undefined)
  void importControls()
    .then((module) => module.prefetchDemoData(queryClient))
    .catch(() => undefined)
  return Promise.race([
    queryClient.prefetchQuery(mockQueries.state()),
    new Promise((resolve) => setTimeout(resolve, MOCK_CHECK_WAIT_MS)),
  ])
}

/**
 * The demo bar. With the mock answering it has its full height from the first paint, so its
 * controls arriving never push the page down; otherwise it shows only if a control has something
 * to show (network faults left on), and is hidden when empty.
 */
export function DemoBar() {
  const mock = useQuery(mockQueries.state())
  return (
    <section
      aria-label="Demo controls"
      className={`flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-amber-200 bg-amber-50 px-4 py-1.5 text-sm ${mock.isSuccess ? 'min-h-[45px]' : 'empty:hidden'}`}
    >
      <Suspense fallback={null}>
        <controls.Component />
      </Suspense>
    </section>
  )
}
