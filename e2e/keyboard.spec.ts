import { expect, test, type Locator, type Page } from '@playwright/test'
import { resetMock, watchConsole } from './support'

test.beforeEach(async ({ request }) => resetMock(request))

/** Presses Tab (or Shift+Tab) until `target` has focus: the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  await expect(target).toBeVisible()
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))
  throw new Error(`could not reach ${target} with the keyboard; focus is on ${at}`)
}

/** Picks an option of a focused native select with the arrow keys. */
async function arrowTo(page: Page, select: Locator, label: string) {
  for (let i = 0; i < 30; i++) {
    const current = await select.evaluate((el) => {
      const s = el as HTMLSelectElement
      return s.options[s.selectedIndex]?.label ?? ''
    })
    if (current === label) return
    await page.keyboard.press('ArrowDown')
  }
  throw new Error(`option ${label} not reachable`)
}

test('keyboard only: find a workflow, fix its preflight problems, activate, pause and resume', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const problems = watchConsole(page)
  await page.goto('/workflows')
  const search = page.getByRole('searchbox', { name: 'Search' })
  await tabTo(page, search)
  await page.keyboard.type('Cart abandonment')
  const link = page.getByRole('link', { name: 'Cart abandonment recovery' })
  await expect(link).toBeVisible()
  await tabTo(page, link)
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Cart abandonment recovery' }),
  ).toBeVisible()

  const preflight = page.getByRole('region', { name: 'Preflight' })
  await expect(preflight.getByTestId('preflight-error-count')).toContainText('3')

  // 1. The call has no agent: open it from its problem, pick an agent, save.
  await tabTo(page, preflight.getByRole('button', { name: /has no agent/ }))
  await page.keyboard.press('Enter')
  const callPanel = page.getByRole('complementary', { name: /Voice call: Cart reminder call/ })
  await expect(callPanel).toBeVisible()
  const agent = callPanel.getByLabel('Agent')
  await tabTo(page, agent)
  await arrowTo(page, agent, 'Priya – Loan pre-approval')
  await tabTo(page, callPanel.getByRole('button', { name: 'Save step' }))
  await page.keyboard.press('Enter')
  await expect(preflight.getByTestId('preflight-error-count')).toContainText('2')

  // 2. The condition has no false branch: wire it through the "next step" choice.
  await tabTo(page, preflight.getByRole('button', { name: /false output/ }), { back: true })
  await page.keyboard.press('Enter')
  const conditionPanel = page.getByRole('complementary', { name: /Condition: Wants discount\?/ })
  const whenFalse = conditionPanel.getByLabel('When false, go to')
  await tabTo(page, whenFalse)
  await arrowTo(page, whenFalse, 'No answer (Dropped)')
  await page.keyboard.press('Enter')
  await expect(preflight.getByTestId('preflight-error-count')).toContainText('1')

  // 3. The application has no failure route.
  await tabTo(page, preflight.getByRole('button', { name: /failure output/ }), { back: true })
  await page.keyboard.press('Enter')
  const appPanel = page.getByRole('complementary', { name: /Application: Send discount code/ })
  const whenFailed = appPanel.getByLabel(/When failure, go to|When failed, go to/)
  await tabTo(page, whenFailed)
  await arrowTo(page, whenFailed, 'No answer (Dropped)')
  await page.keyboard.press('Enter')
  await expect(preflight.getByTestId('preflight-error-count')).toContainText('0')

  // Activate, pause, resume — each confirmed from the keyboard.
  for (const [action, status] of [
    ['Activate', 'active'],
    ['Pause', 'paused'],
    ['Resume', 'active'],
  ] as const) {
    await tabTo(page, page.getByRole('button', { name: action, exact: true }), { back: true })
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    await tabTo(page, dialog.getByRole('button', { name: action, exact: true }))
    await page.keyboard.press('Enter')
    await expect(page.locator(`header [data-status="${status}"]`).first()).toBeVisible()
  }
  expect(problems).toEqual([])
})
