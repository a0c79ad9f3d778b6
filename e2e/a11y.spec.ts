import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { resetMock } from './support'

test.beforeEach(async ({ request }) => resetMock(request))

async function expectNoAxeViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze()
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  )
  expect(summary, `axe violations on ${what}`).toEqual([])
}

test('the workflow list has no axe violations', async ({ page }) => {
  await page.goto('/workflows')
  await expect(
    page.getByRole('table', { name: 'Workflows' }).locator('tbody tr').first(),
  ).toBeVisible()
  await expectNoAxeViolations(page, 'the list')
})

test('the empty list state has no axe violations', async ({ page }) => {
  await page.goto('/workflows?q=zzzz-no-such-workflow')
  await expect(page.getByRole('heading', { name: 'No workflows match this view' })).toBeVisible()
  await expectNoAxeViolations(page, 'the empty list')
})

test('the create form, with its errors showing, has no axe violations', async ({ page }) => {
  await page.goto('/workflows/new')
  await page.getByRole('button', { name: 'Create workflow' }).click()
  await expect(page.getByText('Give the workflow a name.')).toBeVisible()
  await expectNoAxeViolations(page, 'the create form')
})

test('the workflow detail with canvas and preflight has no axe violations', async ({ page }) => {
  await page.goto('/workflows/wf_cartabandn01')
  await expect(page.locator('.react-flow__node').first()).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Preflight' })).toBeVisible()
  await expectNoAxeViolations(page, 'the detail screen')
})

test('the leads tab has no axe violations', async ({ page }) => {
  await page.goto('/workflows/wf_nurture00001')
  await page.getByRole('tab', { name: 'Leads' }).click()
  await expect(page.getByRole('table').first()).toBeVisible()
  await expectNoAxeViolations(page, 'the leads tab')
})

test('the lifecycle confirmation dialogs have no axe violations', async ({ page }) => {
  await page.goto('/workflows/wf_nurture00001')
  await page.getByRole('button', { name: 'Cancel workflow' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoAxeViolations(page, 'the cancel dialog')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoAxeViolations(page, 'the pause dialog')
})

test('the not-found page has no axe violations', async ({ page }) => {
  await page.goto('/workflows/wf_missing')
  await expect(page.getByRole('heading', { name: 'Workflow not found' })).toBeVisible()
  await expectNoAxeViolations(page, 'the not-found page')
})
