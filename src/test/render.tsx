import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, type RenderOptions } from '@testing-library/react'
import type { ReactElement, ReactNode } from 'react'
import { Toaster } from 'sonner'
import { startMockServer } from '../mocks/test-utils'

/**
 * The shared test helpers (bulletproof-react's test-utils): a fresh query client per render,
 * the toaster, and the project's own mock API answering over MSW, so a test talks to the same
 * handlers as the demo instead of hand-written stubs.
 */
export function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  })
}

/** Call at the top level of a test file: the mock API answers every request; reset after each test. */
export const startMockApi = startMockServer

export function renderWithProviders(
  ui: ReactElement,
  options: Omit<RenderOptions, 'wrapper'> & { queryClient?: QueryClient } = {},
) {
  const { queryClient = createTestQueryClient(), ...rest } = options
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      {children}
      <Toaster />
    </QueryClientProvider>
  )
  return { ...render(ui, { wrapper, ...rest }), queryClient }
}
