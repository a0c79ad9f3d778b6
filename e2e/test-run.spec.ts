import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { resetMock, watchConsole } from './support'

test.beforeEach(async ({ request }) => resetMock(request))

/** Seeded "Loan pre-approval nurture" (src/mocks/seed/graphs-live.ts). */
const NURTURE = 'wf_nurture00001'
const step = (n: number) => `node_nurture01n${String(n).padStart(2, '0')}`
const IDS = {
  firstCall: step(1),
  interested: step(2),
  bookVisit: step(3),
  booked: step(4),
  notInterested: step(5),
  wait: step(6),
  secondCall: step(7),
}
const canvasNode = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`)
const visit = (page: Page, id: string) => canvasNode(page, id).locator('[data-visit]')

/** Focus is never dropped to the page when a control disappears or is disabled. */
async function expectFocusKept(page: Page) {
  expect(await page.evaluate(() => document.activeElement?.tagName ?? 'none')).not.toBe('BODY')
}

async function answer(page: Page, outcome: string, analysis?: Record<string, string>) {
  const question = page
    .getByTestId('test-run')
    .locator('form')
    .filter({ hasText: 'Simulate the call as' })
  await question.getByRole('radio', { name: outcome }).check()
  for (const [field, value] of Object.entries(analysis ?? {}))
    await question.getByLabel(field).selectOption(value)
  await question.getByRole('button', { name: 'Continue' }).click()
}

test('a test run of the nurture workflow through DNP → wait → call → Completed → interested → converted lights the path', async ({
  page,
}) => {
  const problems = watchConsole(page)
  const writes: string[] = []
  page.on('request', (r) => {
    if (r.method() !== 'GET' && r.url().includes('/v1/workflows'))
      writes.push(`${r.method()} ${r.url()}`)
  })
  await page.goto(`/workflows/${NURTURE}`)
  await expect(canvasNode(page, IDS.firstCall)).toBeVisible()
  await page.getByRole('button', { name: 'Test run' }).click()
  const panel = page.getByTestId('test-run')
  await expect(panel.getByRole('heading', { name: 'Test run' })).toBeFocused()
  await panel.getByRole('button', { name: 'Start test run' }).click()

  const steps = panel.getByTestId('test-run-step')
  await expect(steps).toHaveCount(1)
  await expect(steps.first()).toContainText('Priya – Loan pre-approval')
  await expect(steps.first()).toContainText('+912235550101')
  await answer(page, 'Did not pick up')
  await expect(steps.nth(1)).toContainText('Wait 2 days')
  await expect(steps.nth(1)).toContainText('in the lead’s time zone')
  await expect(steps.nth(2)).toContainText('Second call')
  await answer(page, 'Completed', { interested: 'yes' })
  await expect(steps.nth(3)).toContainText('interested equals “yes”: it is “yes”, so yes')
  await expect(steps.nth(4)).toContainText('Book branch visit')
  await answer(page, 'Completed')
  await expect(steps.nth(5)).toContainText('Visit booked')
  await expect(panel.getByText('The run ends: the lead is converted.')).toBeVisible()

  for (const id of [IDS.firstCall, IDS.wait, IDS.secondCall, IDS.interested, IDS.bookVisit])
    await expect(visit(page, id)).toHaveAttribute('data-visit', 'visited')
  await expect(visit(page, IDS.booked)).toHaveAttribute('data-visit', 'current')
  await expect(canvasNode(page, IDS.notInterested).locator('[data-visit]')).toHaveCount(0)

  // Changing the second call's answer to "not interested" ends the run as dropped instead.
  await panel.getByRole('button', { name: 'Change the answer for Second call' }).click()
  await expect(panel.getByRole('radio', { name: 'Completed' })).toBeFocused()
  await answer(page, 'Completed', { interested: 'no' })
  await expect(panel.getByText('The run ends: the lead is dropped.')).toBeVisible()
  await expect(visit(page, IDS.notInterested)).toHaveAttribute('data-visit', 'current')
  await expect(canvasNode(page, IDS.bookVisit).locator('[data-visit]')).toHaveCount(0)

  await panel.getByRole('button', { name: 'Back' }).click()
  await expect(steps).toHaveCount(3)
  await expectFocusKept(page)
  await panel.getByRole('button', { name: 'Restart' }).click()
  await expect(steps).toHaveCount(1)
  await expect(steps.first()).toBeFocused()
  // Keyboard only: the first call's question is reachable and answerable from the keyboard.
  await page.keyboard.press('Tab')
  await expect(panel.getByRole('radio', { name: 'Completed' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(panel.getByRole('radio', { name: 'Did not pick up' })).toBeChecked()
  await page.keyboard.press('Enter')
  await expect(steps).toHaveCount(3)
  await expectFocusKept(page)

  const axe = await new AxeBuilder({ page }).include('[data-testid="test-run"]').analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  await panel.getByRole('button', { name: 'Close test run' }).click()
  await expect(page.getByRole('button', { name: 'Test run' })).toBeFocused()
  await expect(page.locator('[data-visit]')).toHaveCount(0)
  expect(writes).toEqual([])
  expect(problems).toEqual([])
})
