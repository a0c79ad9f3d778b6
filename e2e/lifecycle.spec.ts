import { expect, test, type Page } from '@playwright/test'
import { resetMock, watchConsole } from './support'

test.beforeEach(async ({ request }) => resetMock(request))

const KYC = 'KYC document reminder'

function row(page: Page, title: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) })
}

async function confirm(page: Page, action: string) {
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: action, exact: true }).click()
}

test('pausing in a second tab that still shows the workflow active gives a 409 toast and the true status', async ({
  context,
}) => {
  const tabA = await context.newPage()
  const tabB = await context.newPage()
  const problems = [...watchConsole(tabA), ...watchConsole(tabB)]
  for (const tab of [tabA, tabB]) {
    await tab.goto(`/workflows?q=${encodeURIComponent(KYC)}`)
    await expect(row(tab, KYC).locator('[data-status="active"]')).toBeVisible()
  }

  await row(tabA, KYC)
    .getByRole('button', { name: `Pause ${KYC}` })
    .click()
  await confirm(tabA, 'Pause')
  await expect(row(tabA, KYC).locator('[data-status="paused"]')).toBeVisible()
  await expect(tabA.getByText('Workflow paused.', { exact: false })).toBeVisible()

  // Tab B has not refetched: it still offers Pause.
  await expect(row(tabB, KYC).locator('[data-status="active"]')).toBeVisible()
  const conflict = tabB.waitForResponse((r) => r.url().endsWith('/pause') && r.status() === 409)
  await row(tabB, KYC)
    .getByRole('button', { name: `Pause ${KYC}` })
    .click()
  await confirm(tabB, 'Pause')
  await conflict
  await expect(tabB.getByText(/Could not pause: the workflow is paused now/)).toBeVisible()
  await expect(row(tabB, KYC).locator('[data-status="paused"]')).toBeVisible()
  await expect(row(tabB, KYC).getByRole('button', { name: `Resume ${KYC}` })).toBeVisible()
  expect(problems.filter((p) => !p.includes('409'))).toEqual([])
})

test('cancel asks for a typed confirmation and cannot be undone', async ({ page }) => {
  const title = 'Insurance renewal follow-up'
  await page.goto(`/workflows?q=${encodeURIComponent(title)}`)
  // Cancel is not beside the primary action: it is in the row's menu of secondary actions.
  await row(page, title)
    .getByRole('button', { name: `More actions for ${title}` })
    .click()
  await page.getByRole('menuitem', { name: 'Cancel workflow' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('cannot be undone')
  const confirmButton = dialog.getByRole('button', { name: 'Cancel workflow' })
  await expect(confirmButton).toBeDisabled()
  await dialog.getByLabel(/Type cancel to confirm/).fill('cancel')
  await confirmButton.click()
  await expect(row(page, title).locator('[data-status="cancelled"]')).toBeVisible()
  await expect(row(page, title).getByRole('button')).toHaveCount(0)
  await page.reload()
  await expect(row(page, title).locator('[data-status="cancelled"]')).toBeVisible()
})

test('resume from the list brings a paused workflow back to active', async ({ page }) => {
  const title = 'Insurance renewal follow-up'
  await page.goto(`/workflows?q=${encodeURIComponent(title)}`)
  await row(page, title)
    .getByRole('button', { name: `Resume ${title}` })
    .click()
  await expect(page.getByRole('dialog')).toContainText('remaining time')
  await confirm(page, 'Resume')
  await expect(row(page, title).locator('[data-status="active"]')).toBeVisible()
})
