import { expect, test } from './support/fixtures'
import { denyUpstream, resetUpstream } from './support/mock-control'

// Chromium logs every failed fetch; here the 401s and 403s are the point of the test.
test.use({ expectedConsoleErrors: [/status of 40[13]/] })

test.beforeEach(async ({ request }) => resetUpstream(request))

test('a 401 shows "your session has ended", and what was typed survives signing in again until it is saved', async ({
  page,
  request,
}) => {
  await page.goto('workflows/new')
  await page.getByLabel('Name').fill('Quarterly renewal calls')
  await page.getByLabel('Description (optional)').fill('Typed just before the SSO session ended')

  await denyUpstream(request, 401)
  await page.getByRole('button', { name: 'Create workflow' }).click()
  const banner = page
    .getByRole('alert')
    .filter({ has: page.getByRole('button', { name: 'Sign in again' }) })
  await expect(banner).toContainText('Your session has ended — sign in again.')
  await expect(page.getByLabel('Name')).toHaveValue('Quarterly renewal calls')
  await expect(page.getByLabel('Description (optional)')).toHaveValue(
    'Typed just before the SSO session ended',
  )

  // The SSO login happens on the reload; afterwards the API answers again.
  await denyUpstream(request, null)
  await Promise.all([
    page.waitForEvent('load'),
    banner.getByRole('button', { name: 'Sign in again' }).click(),
  ])
  await expect(banner).toBeHidden()
  await expect(page.getByLabel('Name')).toHaveValue('Quarterly renewal calls')
  await expect(page.getByLabel('Description (optional)')).toHaveValue(
    'Typed just before the SSO session ended',
  )

  await page.getByRole('button', { name: 'Create workflow' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Quarterly renewal calls' }),
  ).toBeVisible()
  // Saved, so the draft is gone.
  await page.goto('workflows/new')
  await expect(page.getByLabel('Name')).toHaveValue('')
})

test('a 403 says the user lacks permission for that action', async ({ page, request }) => {
  await page.goto('workflows')
  await denyUpstream(request, 403, ['POST'])
  await page.getByRole('button', { name: 'Activate Appointment reminder (ready)' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Activate', exact: true }).click()
  await expect(
    page.getByText(
      'You do not have permission to activate this workflow — ask your administrator.',
    ),
  ).toBeVisible()
  const row = page.getByRole('row').filter({ hasText: 'Appointment reminder (ready)' })
  await expect(row.locator('[data-status="draft"]')).toBeVisible()
  await expect(page.getByText('Your session has ended')).toHaveCount(0)
})
