import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { resetMock } from './support'

/** Seed data back, and no server-wide faults left over from another spec. */
export async function resetMockAndFaults(request: APIRequestContext) {
  await resetMock(request)
  const response = await request.post('/v1/__mock/faults', { data: { reset: true } })
  expect(response.ok()).toBe(true)
}

/**
 * Console errors the browser itself prints for requests that failed on purpose. Only these exact
 * lines are forgiven: anything else (an app `console.error`, an uncaught error) fails the test.
 */
export const FAILED_RESOURCE = {
  status: (code: number) =>
    new RegExp(
      `^console\\.error: Failed to load resource: the server responded with a status of ${code} `,
    ),
  /** The mock's offline fault drops the connection. */
  dropped:
    /^console\.error: Failed to load resource: net::ERR_(EMPTY_RESPONSE|CONNECTION_RESET|CONNECTION_CLOSED)$/,
}

export function unexpected(problems: string[], ...expected: RegExp[]): string[] {
  return problems.filter((p) => !expected.some((re) => re.test(p)))
}

/** Every value the status badge in the detail header takes, in order (a MutationObserver). */
export async function recordHeaderStatus(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { statusLog: string[] }
    w.statusLog = []
    const read = () => {
      const badge = document.querySelector('main header span[data-status]')
      const status = badge?.getAttribute('data-status') ?? 'none'
      if (w.statusLog[w.statusLog.length - 1] !== status) w.statusLog.push(status)
    }
    read()
    new MutationObserver(read).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-status'],
    })
  })
  return () => page.evaluate(() => (window as unknown as { statusLog: string[] }).statusLog)
}

export async function openFaultDialog(page: Page) {
  await page.getByRole('button', { name: 'Network faults' }).click()
  const dialog = page.getByRole('dialog', { name: 'Network faults' })
  await expect(dialog).toBeVisible()
  return dialog
}

export async function confirmAction(page: Page, action: string) {
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: action, exact: true }).click()
}
