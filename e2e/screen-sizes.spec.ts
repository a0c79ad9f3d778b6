import { expect, test, type Locator, type Page } from '@playwright/test'
import { resetMock, watchConsole } from './support'

test.beforeEach(async ({ request }) => resetMock(request))

/** A long lead file: its preview is taller than any window. */
const LONG_CSV = [
  'phone,first_name',
  ...Array.from(
    { length: 40 },
    (_, i) => `98765432${String(i).padStart(2, '0')},${i % 3 ? 'Asha' : ''}`,
  ),
  'abc,Bad',
].join('\n')

async function expectOnScreen(page: Page, target: Locator) {
  await expect(target).toBeVisible()
  const box = await target.boundingBox()
  const viewport = page.viewportSize()!
  expect(box).not.toBeNull()
  expect(box!.y).toBeGreaterThanOrEqual(0)
  expect(box!.x).toBeGreaterThanOrEqual(0)
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height)
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width)
}

async function noHorizontalScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }))
  expect(scroll).toBeLessThanOrEqual(client)
}

async function dialogButtonsOnScreen(page: Page) {
  // Enrol dialog with a long preview.
  await page.goto('/workflows/wf_apptready001?tab=leads')
  await page.getByRole('button', { name: 'Enrol leads' }).click()
  const enrol = page.getByRole('dialog', { name: 'Enrol leads from a CSV file' })
  await enrol.getByLabel('CSV file', { exact: true }).setInputFiles({
    name: 'long.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(LONG_CSV),
  })
  await expect(enrol.getByTestId('enrol-preview')).toBeVisible()
  await expectOnScreen(page, enrol.getByRole('button', { name: 'Enrol 40 leads' }))
  await expectOnScreen(page, enrol.getByRole('button', { name: 'Cancel' }))
  await enrol.getByRole('button', { name: 'Cancel' }).click()

  // Lifecycle confirmation (cancel, with its typed word) on the detail screen.
  await page.goto('/workflows/wf_nurture00001')
  await page.getByRole('button', { name: 'Cancel workflow' }).click()
  const cancel = page.getByRole('dialog')
  await expectOnScreen(page, cancel.getByRole('button', { name: 'Cancel workflow' }))
  await expectOnScreen(page, cancel.getByRole('button', { name: 'Keep it running' }))
  await cancel.getByRole('button', { name: 'Keep it running' }).click()

  // Bulk confirmation naming many workflows.
  await page.goto('/workflows?size=100')
  const all = page.getByRole('checkbox', { name: /^Select / })
  await expect(all.nth(10)).toBeVisible()
  for (let i = 0; i < (await all.count()); i++) await all.nth(i).check()
  await page
    .getByRole('region', { name: 'Selected workflows' })
    .getByRole('button', { name: 'Pause…' })
    .click()
  const bulk = page.getByRole('dialog')
  await expectOnScreen(page, bulk.getByRole('button', { name: /^Pause \d+ workflows$/ }))
  await expectOnScreen(page, bulk.getByRole('button', { name: 'Not now' }))
}

test.describe('1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('every dialog’s buttons are on screen, and the canvas keeps most of the height', async ({
    page,
  }) => {
    const problems = watchConsole(page)
    await page.goto('/workflows/wf_nurture00001')
    const canvas = page.locator('.react-flow')
    await expect(canvas).toBeVisible()
    const box = await canvas.boundingBox()
    expect(box!.height).toBeGreaterThan(720 / 2)
    await noHorizontalScroll(page)
    await dialogButtonsOnScreen(page)
    expect(problems).toEqual([])
  })
})

test.describe('390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('the monitoring view shows status, totals, per-step counts, lifecycle buttons and leads, without horizontal scroll', async ({
    page,
  }) => {
    const problems = watchConsole(page)
    await page.goto('/workflows')
    await expect(page.getByRole('list', { name: 'Workflows' })).toBeVisible()
    await noHorizontalScroll(page)
    // No column headers to click on a phone: the sort is a choice.
    await page.getByLabel('Sort by').selectOption({ label: 'Name, A to Z' })
    await expect(page).toHaveURL(/sort=title&order=asc/)

    await page.goto('/workflows/wf_nurture00001')
    await expect(page.locator('header [data-status="active"]').first()).toBeVisible()
    await expect(page.getByTestId('workflow-totals')).toContainText(/Enrolled\s*34/)
    const steps = page.getByRole('region', { name: 'Steps and live counts' })
    await expect(steps.getByRole('listitem').first()).toContainText(
      /\d+ waiting · \d+ in call · \d+ done/,
    )
    await expect(page.getByText('Editing the steps needs a larger screen')).toBeVisible()
    await expect(page.locator('.react-flow')).toHaveCount(0)
    await expect(page.getByRole('table', { name: /Leads enrolled/ })).toBeVisible()
    await noHorizontalScroll(page)

    // Touch targets: the lifecycle and lead buttons are at least 44 px tall.
    for (const button of [
      page.getByRole('button', { name: 'Pause', exact: true }),
      page.getByRole('button', { name: 'Enrol leads' }),
      page.getByRole('button', { name: /^Show path of / }).first(),
    ]) {
      const b = await button.boundingBox()
      expect(b!.height).toBeGreaterThanOrEqual(44)
    }
    // Pause works here, and focus lands on Resume.
    await page.getByRole('button', { name: 'Pause', exact: true }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Pause', exact: true }).click()
    await expect(page.getByRole('button', { name: 'Resume', exact: true })).toBeFocused()
    expect(problems).toEqual([])
  })

  test('every dialog’s buttons are on screen', async ({ page }) => {
    await dialogButtonsOnScreen(page)
    await noHorizontalScroll(page)
  })
})
