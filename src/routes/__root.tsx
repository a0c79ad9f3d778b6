import { createRootRouteWithContext, Link, Outlet } from '@tanstack/react-router'
import type { QueryClient } from '@tanstack/react-query'
import { Toaster } from '../components/ui/toaster'
import { NotFound } from '../components/ui/not-found'
import { OfflineBanner } from '../components/ui/offline-banner'
import { SessionBanner } from '../components/ui/session-banner'
import { SessionUserBadge } from '../components/ui/session-user'
import { TimeZoneSetting } from '../components/ui/time-zone-setting'
import { DemoBar, loadDemoBar } from '../features/demo/demo-bar'
import { FaultBanner } from '../features/demo/fault-banner'
import { DemoPersonPicker } from '../features/history/demo-person-picker'

export const Route = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  loader: ({ context: { queryClient } }) => loadDemoBar(queryClient),
  component: RootLayout,
  notFoundComponent: () => (
    <NotFound title="Page not found" message="There is nothing at this address." />
  ),
})

function RootLayout() {
  return (
    <div className="flex h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="flex min-h-14 flex-wrap items-center gap-x-6 gap-y-1 border-b border-slate-200 bg-white px-4 py-1">
        <Link to="/workflows" className="text-base font-semibold text-slate-900">
          Workflow Console
        </Link>
        <nav aria-label="Main" className="flex items-center">
          <Link
            to="/workflows"
            className="inline-flex min-h-11 items-center text-sm text-slate-700 hover:text-slate-900 md:min-h-0"
            activeProps={{ className: 'font-semibold text-slate-900', 'aria-current': 'page' }}
          >
            Workflows
          </Link>
          <Link
            to="/activity"
            className="ml-4 inline-flex min-h-11 items-center text-sm text-slate-700 hover:text-slate-900 md:min-h-0"
            activeProps={{ className: 'font-semibold text-slate-900', 'aria-current': 'page' }}
          >
            Activity
          </Link>
        </nav>
        <div className="ml-auto flex min-w-0 flex-wrap items-center justify-end gap-x-3 gap-y-1">
          <DemoPersonPicker />
          <TimeZoneSetting />
          <SessionUserBadge />
        </div>
      </header>
      <DemoBar />
      <SessionBanner />
      <OfflineBanner />
      <FaultBanner />
      <main id="main" className="flex min-h-0 flex-1 flex-col overflow-y-auto">
        <Outlet />
      </main>
      <Toaster position="bottom-right" richColors closeButton />
    </div>
  )
}
