import { expect, test, type Page } from '@playwright/test'
import { resetMock, watchConsole } from './support'

test.beforeEach(async ({ request }) => resetMock(request))

/** Seeded drafts (src/mocks/seed/graphs-drafts.ts); node ids are `node_<key>n<NN>` in creation order. */
const CART = {
  id: 'wf_cartabandn01',
  call: 'node_cartabandn01',
  wantsDiscount: 'node_cartabandn02',
  code: 'node_cartabandn03',
}
const READY = { id: 'wf_apptready001', call: 'node_apptreadyn01' }

const panelOf = (page: Page) => page.getByRole('region', { name: 'Preflight' })
const groupOf = (page: Page, title: string) =>
  panelOf(page).getByRole('group', { name: title, exact: true })
const canvasNode = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`)
const markerOf = (page: Page, id: string) => canvasNode(page, id).locator('[data-marker]')

test('lists each problem of a draft with mistakes and marks its node on the canvas', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await page.goto(`/workflows/${CART.id}`)
  const panel = panelOf(page)
  await expect(panel.getByRole('status')).toContainText('3 errors')
  await expect(panel.getByText(/Ready to activate/)).toHaveCount(0)

  await expect(groupOf(page, 'Cart reminder call')).toContainText(
    '“Cart reminder call” has no agent.',
  )
  await expect(groupOf(page, 'Cart reminder call')).toContainText(
    'Fix: Open the step and pick a published agent.',
  )
  await expect(groupOf(page, 'Wants discount?')).toContainText(
    'has no connection for its false output',
  )
  await expect(groupOf(page, 'Send discount code')).toContainText(
    'has no connection for its failure output',
  )

  for (const id of [CART.call, CART.wantsDiscount, CART.code])
    await expect(markerOf(page, id)).toHaveAttribute('data-marker', 'error')
  await expect(canvasNode(page, CART.call)).toHaveAttribute('aria-label', /no agent/)
  expect(problems).toEqual([])
})

test('clicking a problem selects its node; fixing it on the canvas makes the problem disappear', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await page.goto(`/workflows/${CART.id}`)
  const panel = panelOf(page)
  const noAgent = panel.getByRole('button', { name: /“Cart reminder call” has no agent\./ })
  await noAgent.click()

  await expect(canvasNode(page, CART.call)).toHaveClass(/selected/)
  const settings = page.getByRole('complementary', { name: 'Voice call: Cart reminder call' })
  await expect(settings).toBeVisible()

  await settings.getByLabel('Agent').selectOption({ label: 'Riya – Customer care' })
  await settings.getByRole('button', { name: 'Save step' }).click()

  await expect(noAgent).toHaveCount(0)
  await expect(panel.getByRole('status')).toContainText('2 errors')
  // Its marker no longer mentions the agent (Riya's prompt still has an unchecked variable).
  await expect(canvasNode(page, CART.call)).not.toHaveAttribute('aria-label', /no agent/)
  await expect(markerOf(page, CART.call)).not.toHaveAttribute('data-marker', 'error')
  // The other mistakes are still there.
  await expect(groupOf(page, 'Wants discount?')).toBeVisible()
  expect(problems).toEqual([])
})

test('a 400 from the server that preflight did not predict is listed and marked', async ({
  page,
}) => {
  const problems = watchConsole(page)
  const message = `Node "Reminder call" (${READY.call}) calls outside the clinic's calling hours.`
  await page.route(`**/v1/workflows/${READY.id}/activate`, (route) =>
    route.fulfill({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({ statusCode: 400, message: [message], error: 'Bad Request' }),
    }),
  )
  await page.goto(`/workflows/${READY.id}`)
  const panel = panelOf(page)
  await expect(panel.getByText(/Ready to activate/)).toBeVisible()
  await expect(panel.getByRole('status')).toContainText('0 errors')

  await page.getByRole('button', { name: 'Activate', exact: true }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: 'Activate', exact: true }).click()

  const serverProblem = groupOf(page, 'Reminder call').getByRole('button', {
    name: /calling hours/,
  })
  await expect(serverProblem).toContainText('From the server')
  await expect(panel.getByRole('status')).toContainText('1 error')
  await expect(panel.getByText(/Ready to activate/)).toHaveCount(0)
  await expect(markerOf(page, READY.call)).toHaveAttribute('data-marker', 'error')

  await serverProblem.click()
  await expect(canvasNode(page, READY.call)).toHaveClass(/selected/)
  expect(problems.filter((p) => !p.includes('400'))).toEqual([])
})

test('marks every node of a loop without a wait, and selects an edge from its problem', async ({
  page,
}) => {
  const problems = watchConsole(page)
  const winback = {
    id: 'wf_gymwinback01',
    retry: 'node_gymwinbacn02',
    lastChance: 'node_gymwinbacn03',
    lapsedEdge: 'edge_gymwinbace11',
  }
  await page.goto(`/workflows/${winback.id}`)
  await expect(groupOf(page, 'Retry call')).toContainText(
    '“Retry call” and “Last-chance call” form a loop with no Wait step',
  )
  await expect(groupOf(page, 'Old intro call')).toContainText('one of 2 starting steps')
  await expect(groupOf(page, 'Cool-off')).toContainText('has no wait time')
  for (const id of [winback.retry, winback.lastChance])
    await expect(canvasNode(page, id)).toHaveAttribute('aria-label', /loop without a wait/)

  const edge = page.locator(`.react-flow__edge[data-id="${winback.lapsedEdge}"]`)
  await expect(edge).toHaveAttribute('aria-label', /connection leaves an end step/)
  await groupOf(page, 'Lapsed')
    .getByRole('button', { name: /ends the lead/ })
    .click()
  await expect(edge).toHaveClass(/selected/)
  expect(problems).toEqual([])
})
