import { endAllSessions, expect, test } from './support/fixtures'
import { BASE_PATH } from './support/setup'

// Chromium logs every failed fetch; here the 401s are the point of the test.
test.use({ expectedConsoleErrors: [/status of 401/] })

const banner = (page: import('@playwright/test').Page) =>
  page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Sign in again' }) })

test('when the SSO session ends, an API call shows "session ended", and signing in again keeps the typed text', async ({
  page,
  request,
}) => {
  await page.goto(`${BASE_PATH}workflows/new`)
  await page.getByLabel('Name').fill('Quarterly renewal calls')
  await endAllSessions(request)
  await page.getByRole('button', { name: 'Create workflow' }).click()
  await expect(banner(page)).toContainText('Your session has ended — sign in again.')

  await Promise.all([
    page.waitForEvent('load'),
    banner(page).getByRole('button', { name: 'Sign in again' }).click(),
  ])
  expect(new URL(page.url()).pathname).toBe(`${BASE_PATH}workflows/new`)
  await expect(banner(page)).toBeHidden()
  await expect(page.getByLabel('Name')).toHaveValue('Quarterly renewal calls')
  await page.getByRole('button', { name: 'Create workflow' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Quarterly renewal calls' }),
  ).toBeVisible()
})

test('a route whose code is first loaded after the session ended shows "session ended", not a failed import', async ({
  page,
  request,
}) => {
  await page.goto(`${BASE_PATH}workflows`)
  await expect(page.getByRole('table', { name: 'Workflows' })).toBeVisible()
  await endAllSessions(request)

  const chunks: { url: string; status: number; type: string }[] = []
  page.on('response', (r) => {
    if (r.url().includes(`${BASE_PATH}assets/`) && r.url().endsWith('.js'))
      chunks.push({ url: r.url(), status: r.status(), type: r.headers()['content-type'] ?? '' })
  })
  await page.getByRole('link', { name: 'Appointment reminder (ready)' }).click()
  await expect(banner(page)).toContainText('Your session has ended — sign in again.')
  // The detail route's code really was fetched now, and came as JavaScript.
  expect(chunks.length).toBeGreaterThan(0)
  for (const chunk of chunks) {
    expect(chunk.status, chunk.url).toBe(200)
    expect(chunk.type, chunk.url).toMatch(/javascript/)
  }
})
