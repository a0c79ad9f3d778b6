import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { resetMock, watchConsole } from './support'

test.beforeEach(async ({ request }) => resetMock(request))

const CART = 'Cart abandonment recovery' // a seeded draft with deliberate preflight errors

function row(page: Page, title: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) })
}

test('list-row Activate on a draft with errors runs preflight, says how many, and sends no activate request', async ({
  page,
}) => {
  const problems = watchConsole(page)
  const activations: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/activate')) activations.push(r.url())
  })
  await page.goto(`/workflows?q=${encodeURIComponent(CART)}`)
  await row(page, CART)
    .getByRole('button', { name: `Activate ${CART}` })
    .click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('alert')).toContainText(/Preflight found \d+ errors? that would/)
  await expect(dialog).not.toContainText('will start being called')
  await expect(dialog.getByRole('button', { name: 'Activate', exact: true })).toHaveCount(0)
  await dialog.getByRole('link', { name: /Show the/ }).click()
  await expect(page).toHaveURL(/\/workflows\/wf_cartabandn01\?tab=preflight/)
  await expect(page.getByRole('tab', { name: /Preflight \(\d+\)/ })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  expect(activations).toEqual([])
  expect(problems).toEqual([])
})

test('list-row Activate on a ready draft says preflight found no errors, then activates', async ({
  page,
}) => {
  const title = 'Appointment reminder (ready)'
  await page.goto(`/workflows?q=${encodeURIComponent('Appointment reminder')}`)
  await row(page, title)
    .getByRole('button', { name: `Activate ${title}` })
    .click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('Preflight found no errors')
  await expect(dialog).toContainText(/completes/)
  await dialog.getByRole('button', { name: 'Activate', exact: true }).click()
  await expect(row(page, title).locator('[data-status="active"]')).toBeVisible()
})

test('Cancel is in a keyboard-operable menu away from the primary action', async ({ page }) => {
  await page.goto(`/workflows?q=${encodeURIComponent(CART)}`)
  const more = row(page, CART).getByRole('button', { name: `More actions for ${CART}` })
  await expect(
    row(page, CART).getByRole('button', { name: `Cancel workflow ${CART}` }),
  ).toHaveCount(0)
  await more.focus()
  await page.keyboard.press('ArrowDown')
  const item = page.getByRole('menuitem', { name: 'Cancel workflow' })
  await expect(item).toBeFocused()
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((v) => v.id)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toHaveCount(0)
  await expect(more).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(item).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toContainText('cannot be undone')
})

test('the first click on Name sorts A to Z', async ({ page }) => {
  await page.goto('/workflows?size=100')
  await page.getByRole('button', { name: /^Name/ }).click()
  await expect(page).toHaveURL(/sort=title&order=asc/)
  const names = page.locator('tbody tr td:nth-child(3) a')
  await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
  // The rows are replaced once the sorted page arrives: wait for it, do not read the old one.
  const sortedAtoZ = async () => {
    const shown = await names.allInnerTexts()
    const sorted = [...shown].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
    return shown.length > 3 && shown.join('\n') === sorted.join('\n')
  }
  await expect.poll(sortedAtoZ).toBe(true)
})

test('bulk pause of three where one is already paused: two done, one refused', async ({ page }) => {
  const problems = watchConsole(page)
  const chosen = [
    'Loan pre-approval nurture',
    'KYC document reminder',
    'Insurance renewal follow-up',
  ]
  const pauses: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/pause')) pauses.push(r.url())
  })
  await page.goto('/workflows?size=100')
  for (const title of chosen) await page.getByRole('checkbox', { name: `Select ${title}` }).check()
  const bar = page.getByRole('region', { name: 'Selected workflows' })
  await expect(bar).toContainText('3 selected')
  await bar.getByRole('button', { name: 'Pause…' }).click()

  const dialog = page.getByRole('dialog', { name: 'Pause 3 selected workflows?' })
  await expect(dialog).toContainText('Will be paused (2)')
  await expect(dialog).toContainText('Will not be paused (1)')
  await expect(dialog).toContainText('Insurance renewal follow-up: already paused')
  await dialog.getByRole('button', { name: 'Pause 2 workflows' }).click()

  const results = page.getByRole('dialog', { name: 'Pause: results' })
  await expect(results.getByRole('status')).toHaveText('2 paused, 1 refused.')
  const items = results.getByRole('list', { name: 'Result per workflow' }).getByRole('listitem')
  await expect(items.filter({ hasText: 'Loan pre-approval nurture' })).toContainText('paused')
  await expect(items.filter({ hasText: 'Insurance renewal follow-up' })).toContainText(
    'refused: already paused',
  )
  expect(pauses).toHaveLength(2)
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((v) => v.id)).toEqual([])
  await results.getByRole('button', { name: 'Close' }).click()
  for (const title of chosen)
    await expect(row(page, title).locator('[data-status="paused"]')).toBeVisible()
  expect(problems).toEqual([])
})

test('focus after Pause lands on Resume', async ({ page }) => {
  await page.goto('/workflows/wf_kycremind001')
  await page.getByRole('button', { name: 'Pause', exact: true }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Pause', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Resume', exact: true })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).not.toBeFocused()
})
