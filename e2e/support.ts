import { expect, type APIRequestContext, type Page } from '@playwright/test'

/** Every test starts from the seed: the mock API is shared by all tabs and tests. */
export async function resetMock(request: APIRequestContext) {
  const response = await request.post('/v1/__mock/reset')
  expect(response.ok()).toBe(true)
  // Freeze the simulated clock so seeded workflows stay as seeded; tests that want motion skip time.
  const clock = await request.post('/v1/__mock/clock', { data: { speed: 0 } })
  expect(clock.ok()).toBe(true)
}

/** Fails the test on any uncaught page error or console error. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`)
  })
  return problems
}
