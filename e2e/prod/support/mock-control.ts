import { expect, type APIRequestContext } from '@playwright/test'
import { MOCK_URL } from './setup'

export type JournalEntry = {
  method: string
  path: string
  authorizationSha256: string | null
  hadCookie: boolean
  forwardedIdentityHeaders: string[]
}

const SETUP = { authorization: 'Bearer test-setup' }

/**
 * Back to the seed, simulated time stopped (an activated workflow must not finish before the
 * test pauses it), no refusals, empty journal: each test starts from the same upstream.
 */
export async function resetUpstream(request: APIRequestContext) {
  expect((await request.post(`${MOCK_URL}/v1/__mock/reset`, { headers: SETUP })).ok()).toBe(true)
  const clock = await request.post(`${MOCK_URL}/v1/__mock/clock`, {
    headers: SETUP,
    data: { speed: 0 },
  })
  expect(clock.ok()).toBe(true)
  await denyUpstream(request, null)
  expect((await request.delete(`${MOCK_URL}/__control/requests`)).ok()).toBe(true)
}

/** Makes the upstream answer 401 or 403 (for some methods only, if given), or stop doing so. */
export async function denyUpstream(
  request: APIRequestContext,
  status: 401 | 403 | null,
  methods?: string[],
) {
  const response = await request.post(`${MOCK_URL}/__control/deny`, { data: { status, methods } })
  expect(response.ok()).toBe(true)
}

export async function upstreamJournal(request: APIRequestContext): Promise<JournalEntry[]> {
  const response = await request.get(`${MOCK_URL}/__control/requests`)
  return ((await response.json()) as { requests: JournalEntry[] }).requests
}
