import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { resetMock, watchConsole } from './support'

test.beforeEach(async ({ request }) => resetMock(request))

test('the leads page: full width, filters in the URL, variables in full, the path in plain words', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await page.goto('/workflows/wf_nurture00001?tab=leads')
  await page.getByRole('link', { name: 'Open the full leads view' }).click()
  await expect(page).toHaveURL(/\/workflows\/wf_nurture00001\/leads/)
  await expect(
    page.getByRole('heading', { level: 1, name: /Leads of “Loan pre-approval nurture”/ }),
  ).toBeVisible()
  const table = page.getByRole('table', { name: /Leads enrolled/ })
  const width = await table.evaluate((t) => t.getBoundingClientRect().width)
  expect(width).toBeGreaterThan(800)
  await expect(table.getByText(/^Last step: /).first()).toBeVisible()
  expect(await table.innerText()).not.toMatch(/reached_final_node|call_completed|hold_released/)

  await page.getByLabel('Status', { exact: true }).selectOption('active')
  await expect(page).toHaveURL(/leadStatus=active/)
  await page.reload()
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('active')

  const show = table.getByRole('button', { name: /all \d+ variables of / }).first()
  await show.click()
  await expect(show).toHaveAttribute('aria-expanded', 'true')
  await expect(table.getByRole('definition').first()).toBeVisible()

  await table
    .getByRole('button', { name: /^Show path of / })
    .first()
    .click()
  await expect(page).toHaveURL(/lead=/)
  const path = page.getByTestId('lead-history')
  const steps = path.getByRole('list', { name: 'Path, step by step' }).getByRole('listitem')
  await expect(steps.first()).toBeVisible()
  const text = await path.innerText()
  expect(text).not.toMatch(/reached_final_node|call_completed|node_[a-z0-9]{6,}/)
  await expect(path).toContainText(/Called from ‘First call’ — /)
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((v) => v.id)).toEqual([])
  expect(problems).toEqual([])
})
