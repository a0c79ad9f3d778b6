import { setupServer, type SetupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { createMockRuntime, type MockRuntime, type MockRuntimeOptions } from './runtime'

export const BASE = 'http://mock.test/v1'

/**
 * Starts an MSW node server over a fresh runtime for a test file; the store is reset after
 * every test. Call at the top level of a `describe` or file.
 */
export function startMockServer(options: MockRuntimeOptions = {}): {
  runtime: MockRuntime
  /** For `server.use(...)` of a handler that waits or watches, then falls through to the mock. */
  server: SetupServer
} {
  const runtime = createMockRuntime(options)
  const server = setupServer(...runtime.handlers)
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    server.resetHandlers()
    runtime.reset()
  })
  afterAll(() => server.close())
  return { runtime, server }
}

export async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  }
}

/** Enrolls leads from CSV text directly through the service (no HTTP). */
export async function enrollCsv(runtime: MockRuntime, workflowId: string, csv: string) {
  const { enrollLeads } = await import('./leads/enroll-leads')
  return enrollLeads(
    runtime.context,
    workflowId,
    new File([csv], 'leads.csv', { type: 'text/csv' }),
  )
}

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
