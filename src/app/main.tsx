import '../lib/zod-setup'
import '../lib/env'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { createQueryClient } from './query-client'
import { whenQueriesSettle } from './queries-settled'
import { createAppRouter } from './router'
import { setupApiClient } from './setup-api-client'
import { deferTimeZoneUntilIdle } from '../lib/time-zone/time-zone-store'
import '../index.css'

setupApiClient()
const queryClient = createQueryClient()
const router = createAppRouter(queryClient)
// Match the address and start its loaders (data and route code) now, not after React's first
// render: the workflow screen's requests leave a frame or two earlier. The router's own mount
// sees the load under way and does not start a second one (and, like it, logs a failed load).
const firstScreen = router.load().catch(console.error)
deferTimeZoneUntilIdle(firstScreen.then(() => whenQueriesSettle(queryClient)))

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root, {
  // A panel's error boundary shows the failure with "Try again" (and logs it as a warning): a
  // handled failure is not a console error. Uncaught errors still reach console.error.
  onCaughtError: (error, info) =>
    console.warn('Caught by an error boundary:', error, info.componentStack),
}).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
