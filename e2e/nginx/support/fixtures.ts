import { readFileSync } from 'node:fs'
import { test as base, expect, type APIRequestContext } from '@playwright/test'
import { MOCK_URL, OAUTH2_PROXY_URL, SERVER_LOG, SIGNED_IN } from './setup'

type Options = { expectedConsoleErrors: RegExp[] }

/** Every nginx test: a fresh upstream and stand-in, and no page error or unexpected console error. */
export const test = base.extend<Options & { guard: void }>({
  expectedConsoleErrors: [[], { option: true }],
  guard: [
    async ({ context, request, expectedConsoleErrors }, use) => {
      const setup = { authorization: 'Bearer test-setup' }
      expect((await request.post(`${MOCK_URL}/v1/__mock/reset`, { headers: setup })).ok()).toBe(
        true,
      )
      await request.post(`${MOCK_URL}/v1/__mock/clock`, { headers: setup, data: { speed: 0 } })
      await request.post(`${OAUTH2_PROXY_URL}/__stand-in/sign-out-everyone`)
      await request.post(`${OAUTH2_PROXY_URL}/__stand-in/account`, { data: SIGNED_IN })
      await request.delete(`${OAUTH2_PROXY_URL}/__stand-in/journal`)

      const problems: string[] = []
      const watch = (page: import('@playwright/test').Page) => {
        page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
        page.on('console', (message) => {
          if (message.type() !== 'error') return
          if (!expectedConsoleErrors.some((re) => re.test(message.text())))
            problems.push(`console.error: ${message.text()}`)
        })
      }
      context.on('page', watch)
      context.pages().forEach(watch)
      await use()
      expect(problems).toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** Ends every session at the identity proxy, as an SSO timeout would. */
export async function endAllSessions(request: APIRequestContext) {
  expect((await request.post(`${OAUTH2_PROXY_URL}/__stand-in/sign-out-everyone`)).ok()).toBe(true)
}

export type StandInJournalEntry = {
  path: string
  headers: Record<string, string | undefined>
  redirect?: string
}

export async function standInJournal(request: APIRequestContext): Promise<StandInJournalEntry[]> {
  const response = await request.get(`${OAUTH2_PROXY_URL}/__stand-in/journal`)
  return ((await response.json()) as { journal: StandInJournalEntry[] }).journal
}

export type ServerLogLine = {
  method: string
  path: string
  status: number
  request_id: string
  remote: string | null
  peer: string | null
  user: string | null
}

/** The production server's request log (one JSON line per request on stdout). */
export function serverLog(): ServerLogLine[] {
  return readFileSync(SERVER_LOG, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{"time"'))
    .map((line) => JSON.parse(line) as ServerLogLine)
}
