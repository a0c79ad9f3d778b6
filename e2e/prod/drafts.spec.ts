import AxeBuilder from '@axe-core/playwright'
import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { denyUpstream, resetUpstream, upstreamJournal } from './support/mock-control'
import { MOCK_URL } from './support/setup'

/**
 * Drafts of a live workflow through the production server: the draft is edited without a single
 * graph write reaching the API, reviewed with its impact, published as one change; a publish
 * that fails part-way says what was applied and rolls it back on request.
 */
test.beforeEach(async ({ request }) => {
  await resetUpstream(request)
  // Drafts live in the console server's own database, which the upstream reset does not touch:
  // none is left over from an earlier test, or from an earlier attempt of this one.
  await discardDraft(request)
})

/** Active, with leads in flight (seed); the clock is frozen, so they stay where they are. */
const NURTURE = 'workflows/wf_nurture00001'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const step = (page: Page, name: string) =>
  page.getByRole('group', { name: new RegExp(`^${escape(name)}(\\.|$)`) })

/** Discards the draft of the nurture workflow, if there is one (as its author, through the app's server). */
async function discardDraft(request: APIRequestContext) {
  const answer = await request.delete(`console-api/history/${NURTURE}/draft`, {
    headers: { 'x-requested-with': 'workflow-console' },
  })
  expect([200, 404]).toContain(answer.status())
}

const graphWrites = async (request: APIRequestContext) =>
  (await upstreamJournal(request))
    .filter((e) => e.method !== 'GET' && /\/(nodes|edges)/.test(e.path))
    .map((e) => `${e.method} ${e.path}`)

async function liveSteps(request: APIRequestContext) {
  const answer = await request.get(`${MOCK_URL}/v1/workflows/wf_nurture00001/nodes`, {
    headers: { authorization: 'Bearer setup' },
  })
  return ((await answer.json()) as { data: { label: string }[] }).data.map((n) => n.label).sort()
}

/** In the draft: delete "Wait 2 more days", add a Dropped step, send Second call's DNP to it. */
async function editDraft(page: Page) {
  await page.getByRole('button', { name: 'Edit as draft' }).click()
  const bar = page.getByRole('region', { name: 'Live workflow or draft' })
  await expect(bar).toContainText('Your draft')
  // Focus (a script's, after a click elsewhere) brings a step that is a pan away into view,
  // wholly: a click on it then lands on it, not on a canvas the browser scrolled for a frame.
  const doomed = step(page, 'Wait step: Wait 2 more days')
  await doomed.focus()
  await expect(doomed).toBeInViewport({ ratio: 0.99 })
  await doomed.click()
  await page.keyboard.press('Delete')
  await expect(step(page, 'Wait step: Wait 2 more days')).toBeHidden()
  await page.getByRole('button', { name: 'Add dropped step' }).click()
  const panel = page.getByRole('complementary', { name: /^Dropped:/ })
  await panel.getByLabel('Step name').fill('No answer twice')
  await panel.getByRole('button', { name: 'Save step' }).click()
  await expect(step(page, 'Dropped step: No answer twice')).toBeVisible()
  await step(page, 'Voice call step: Second call').click()
  await page
    .getByRole('complementary', { name: /^Voice call: Second call/ })
    .getByLabel('When did not pick up, go to')
    .selectOption({ label: 'No answer twice (Dropped)' })
  await expect(bar).toContainText('1 step added, 1 step deleted')
  return bar
}

test('edit a live workflow as a draft, see the live one untouched, review the impact and publish it', async ({
  context,
  page,
  request,
}) => {
  const before = await liveSteps(request)
  await page.goto(NURTURE)
  const bar = await editDraft(page)

  // Another tab on the live workflow: nothing changed there, and no graph write reached the API.
  const other = await context.newPage()
  await other.goto(NURTURE)
  await expect(other.getByRole('button', { name: 'Open your draft' })).toHaveAttribute(
    'title',
    /A draft by casey\.morgan exists since .* \(1 step added, 1 step deleted/,
  )
  await expect(step(other, 'Wait step: Wait 2 more days')).toBeVisible()
  await expect(step(other, 'Dropped step: No answer twice')).toHaveCount(0)
  expect(await graphWrites(request)).toEqual([])
  expect(await liveSteps(request)).toEqual(before)
  await other.close()

  // Undo and redo work on the draft too (through the draft's own endpoints).
  await expect(bar).toContainText('1 connection added')
  await page.getByRole('button', { name: /^Undo change where “Second call” goes/ }).click()
  await expect(bar).not.toContainText('1 connection added')
  await page.getByRole('button', { name: /^Redo change where “Second call” goes/ }).click()
  await expect(bar).toContainText('1 connection added')
  expect(await graphWrites(request)).toEqual([])

  // The draft survives a reload, and its screen passes axe.
  await page.reload()
  await expect(bar).toContainText('Your draft')
  await expect(step(page, 'Dropped step: No answer twice')).toBeVisible()
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])

  await bar.getByRole('button', { name: 'Review and publish' }).click()
  await expect(page.getByRole('list', { name: 'Differences' })).toContainText(
    "Removed step 'Wait 2 more days'",
  )
  await page.getByRole('button', { name: 'Publish…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Publish the draft' })
  await expect(dialog.getByRole('region', { name: 'Impact on leads in flight' })).toBeVisible()
  await expect(dialog.getByRole('list', { name: 'Changes to publish' })).toContainText(
    "Delete step 'Wait 2 more days'",
  )
  await dialog.getByRole('button', { name: /^Publish \d+ changes?$/ }).click()
  await expect(dialog).toBeHidden({ timeout: 20_000 })

  // Back on the live workflow, which now is the draft; the version is in the history.
  await expect(bar).toBeHidden()
  await expect(page.getByRole('button', { name: 'Edit as draft' })).toBeVisible()
  await expect(step(page, 'Dropped step: No answer twice')).toBeVisible()
  await expect(step(page, 'Wait step: Wait 2 more days')).toHaveCount(0)
  const after = await liveSteps(request)
  expect(after).toContain('No answer twice')
  expect(after).not.toContain('Wait 2 more days')
  await page.getByRole('tab', { name: 'Versions' }).click()
  await expect(page.getByText('Published draft by casey.morgan').first()).toBeVisible()
})

test.describe('with the API refusing deletes', () => {
  // The refused DELETE is logged by the browser as a failed resource load.
  test.use({ expectedConsoleErrors: [/status of 403/] })
  test('a publish that fails part-way says what was applied, keeps the draft, and rolls back on request', async ({
    page,
    request,
  }) => {
    const before = await liveSteps(request)
    await page.goto(NURTURE)
    const bar = await editDraft(page)
    await bar.getByRole('button', { name: 'Review and publish' }).click()
    await page.getByRole('button', { name: 'Publish…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Publish the draft' })

    // The API refuses deletes: the creates go through, the delete of the step fails.
    await denyUpstream(request, 403, ['DELETE'])
    await dialog.getByRole('button', { name: /^Publish \d+ changes?$/ }).click()
    const alert = dialog.getByRole('alert')
    await expect(alert).toContainText('Publishing stopped at change')
    await expect(alert).toContainText('The draft is kept.')
    expect(await liveSteps(request)).toContain('No answer twice')

    await denyUpstream(request, null)
    await alert.getByRole('button', { name: /^Roll back the \d+ applied changes$/ }).click()
    await expect(alert).toContainText('rolled back: the live workflow is as it was')
    expect(await liveSteps(request)).toEqual(before)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(bar).toContainText('Your draft')
  })
})
