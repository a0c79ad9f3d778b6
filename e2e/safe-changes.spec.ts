import { expect, test, type Page } from '@playwright/test'
import { openFaultDialog, resetMockAndFaults } from './resilience-support'

test.beforeEach(async ({ request }) => resetMockAndFaults(request))

/** Draft, complete and valid. */
const READY = '/workflows/wf_apptready001'
/** Cancelled, with a graph. */
const CANCELLED = '/workflows/wf_webinar00001'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const node = (page: Page, name: string) =>
  page.getByRole('group', { name: new RegExp(`^${escape(name)}(\\.|$)`) })

async function open(page: Page, path: string) {
  await page.goto(path)
  await expect(page.getByTestId('workflow-canvas')).toBeVisible()
}

test('a save that times out keeps the typed value and the canvas, says so, and retries', async ({
  page,
}) => {
  await open(page, READY)
  await node(page, 'Wait step: Wait 2 hours').click()
  const panel = page.getByRole('complementary', { name: 'Wait: Wait 2 hours' })
  await panel.getByLabel('Duration').fill('3')

  const dialog = await openFaultDialog(page)
  await dialog.getByLabel('Requests never answer').check()
  await dialog.getByLabel('Give up waiting after (seconds)').fill('2')
  await dialog.getByRole('button', { name: 'Apply to this tab' }).click()

  await panel.getByRole('button', { name: 'Save step' }).click()
  await expect(panel.getByRole('alert')).toContainText(
    'Not saved: The server did not answer in time.',
    {
      timeout: 15_000,
    },
  )
  // What was typed is still there, and the canvas is still on screen (not an error page).
  await expect(panel.getByLabel('Duration')).toHaveValue('3')
  await expect(node(page, 'Wait step: Wait 2 hours')).toBeVisible()
  await expect(page.getByText('The workflow graph could not be loaded')).toHaveCount(0)
  // The refresh after the failed save timed out too: the screen says the graph may be stale.
  await expect(
    page.getByText('The graph could not be refreshed', { exact: false }).first(),
  ).toBeVisible({
    timeout: 15_000,
  })
  await expect(page.getByTestId('preflight-panel')).toContainText('may be out of date')

  await page.getByRole('button', { name: 'Turn faults off' }).click()
  await panel.getByRole('button', { name: 'Try again' }).click()
  await expect(node(page, 'Wait step: Wait 2 hours')).toContainText('Wait 3 hours')
  await expect(page.getByText('The graph could not be refreshed', { exact: false })).toHaveCount(0)
})

test('read-only means read-only: dragging a step of a cancelled workflow sends no graph request', async ({
  page,
}) => {
  await open(page, CANCELLED)
  const writes: string[] = []
  page.on('request', (r) => {
    if (r.method() !== 'GET' && /\/v1\/workflows\/[^/]+\/(nodes|edges)/.test(r.url()))
      writes.push(`${r.method()} ${r.url()}`)
  })
  const step = page.locator('.react-flow__node').first()
  const box = (await step.boundingBox())!
  const before = await step.evaluate((el) => el.style.transform)
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2 + 160, box.y + box.height / 2 + 90, { steps: 10 })
  await page.mouse.up()
  // By keyboard too: a focused step with arrow keys, Delete.
  await step.focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Delete')
  await page.waitForTimeout(500)
  expect(await step.evaluate((el) => el.style.transform)).toBe(before)
  expect(writes).toEqual([])
})
