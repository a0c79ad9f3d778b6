import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { resetUpstream, upstreamJournal } from './support/mock-control'

/**
 * Safe changes through the production server, as a campaign manager meets them: the impact of a
 * change on leads in flight before it is made, stranded leads found afterwards, and changes made
 * in another tab noticed instead of overwritten.
 */
test.beforeEach(async ({ request }) => resetUpstream(request))

/** Paused; 2 leads wait in "Call back at requested time", 6 in "Wait 1 day" (seed). */
const RENEWAL = 'workflows/wf_renewal00001'
/** Draft, complete and valid. */
const READY = 'workflows/wf_apptready001'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const step = (page: Page, name: string) =>
  page.getByRole('group', { name: new RegExp(`^${escape(name)}(\\.|$)`) })

const graphWrites = async (request: Parameters<typeof upstreamJournal>[0]) =>
  (await upstreamJournal(request))
    .filter((e) => e.method !== 'GET' && /\/(nodes|edges|leads)/.test(e.path))
    .map((e) => `${e.method} ${e.path}`)

test('deleting a step with leads on it shows how many first; cancel keeps it; the leads left behind are found; Undo restores the step', async ({
  page,
  request,
}) => {
  await page.goto(RENEWAL)
  const callBack = step(page, 'Wait step: Call back at requested time')
  await callBack.click()
  await page.keyboard.press('Delete')

  const dialog = page.getByRole('dialog', {
    name: 'Delete “Call back at requested time” and 2 connections?',
  })
  await expect(dialog).toContainText(
    '2 leads are waiting in “Call back at requested time”. Deleting it leaves them stranded',
  )
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(callBack).toBeVisible()
  expect(await graphWrites(request)).toEqual([])

  // One key press never deletes it: the same question again, and this time go ahead.
  await callBack.click()
  await page.keyboard.press('Delete')
  await dialog.getByRole('button', { name: 'Delete anyway' }).click()
  await expect(callBack).toBeHidden()
  expect(await graphWrites(request)).toEqual([
    'DELETE /v1/workflows/wf_renewal00001/nodes/node_renewal01n06',
  ])

  // Preflight and the leads table name the stranded leads.
  await expect(page.getByRole('region', { name: 'Preflight' })).toContainText(
    '2 leads are stranded on a step that was deleted',
  )
  await page.getByRole('tab', { name: 'Leads' }).click()
  await expect(page.getByText('Stranded.', { exact: true })).toHaveCount(2)
  await expect(page.getByText('Its step was deleted while it was there').first()).toBeVisible()

  // Undo from the toast brings the step back with its connections.
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(callBack).toBeVisible()
  const writes = await graphWrites(request)
  expect(writes.filter((w) => w.startsWith('POST') && w.endsWith('/nodes'))).toHaveLength(1)
  expect(writes.filter((w) => w.startsWith('POST') && w.endsWith('/edges'))).toHaveLength(2)
})

test('deleting a step can remove the leads it would strand, and says so', async ({
  page,
  request,
}) => {
  await page.goto(RENEWAL)
  await step(page, 'Wait step: Call back at requested time').click()
  await page.keyboard.press('Delete')
  await page.getByRole('button', { name: 'Delete and remove 2 leads' }).click()
  await expect(page.getByText('Removed 2 stranded leads from the workflow.')).toBeVisible()
  const writes = await graphWrites(request)
  expect(writes.filter((w) => w.startsWith('DELETE') && w.includes('/leads/'))).toHaveLength(2)
  await expect(page.getByRole('region', { name: 'Preflight' })).not.toContainText('stranded')
})

test('a step changed in another tab shows up in this one, and a save over it shows both versions first', async ({
  context,
  page,
}) => {
  const other = await context.newPage()
  await page.goto(READY)
  await other.goto(READY)
  const wait = (p: Page) => step(p, 'Wait step: Wait 2 hours')
  const panel = (p: Page) => p.getByRole('complementary', { name: /^Wait: / })

  // This tab opens the step and starts typing.
  await wait(page).click()
  await panel(page).getByLabel('Duration').fill('5')

  // The other tab changes it and saves.
  await wait(other).click()
  await panel(other).getByLabel('Duration').fill('3')
  await panel(other).getByRole('button', { name: 'Save step' }).click()
  await expect(wait(other)).toContainText('Wait 3 hours')

  // This tab's canvas follows, says so, and keeps what was typed.
  await page.bringToFront()
  await expect(wait(page)).toContainText('Wait 3 hours', { timeout: 15_000 })
  await expect(page.getByText('Updated with changes made elsewhere: 1 step changed.')).toBeVisible()
  await expect(panel(page).getByLabel('Duration')).toHaveValue('5')
  await expect(panel(page)).toContainText('This step was changed elsewhere while you had it open.')

  // Saving does not overwrite silently: both versions, then the person's choice.
  await panel(page).getByRole('button', { name: 'Save step' }).click()
  const conflict = panel(page).getByRole('alert')
  await expect(conflict).toContainText('someone changed this step since you opened it')
  await expect(conflict.getByRole('row', { name: /duration value/ })).toContainText('3')
  await expect(conflict.getByRole('row', { name: /duration value/ })).toContainText('5')
  await conflict.getByRole('button', { name: 'Save mine over theirs' }).click()
  await expect(wait(page)).toContainText('Wait 5 hours')
  // What was saved is the new base: saving again here is not a conflict with itself.
  await panel(page).getByLabel('Duration').fill('6')
  await panel(page).getByRole('button', { name: 'Save step' }).click()
  await expect(wait(page)).toContainText('Wait 6 hours')
  await expect(panel(page).getByRole('alert')).toHaveCount(0)
  await expect(panel(page)).not.toContainText('changed elsewhere')
  await other.bringToFront()
  await expect(wait(other)).toContainText('Wait 6 hours', { timeout: 15_000 })
})

test('offline: a step save says at once that it was not saved and keeps the value; a move waits, is announced, and goes out when the connection returns', async ({
  context,
  page,
  request,
}) => {
  await page.goto(READY)
  const wait = step(page, 'Wait step: Wait 2 hours')
  await wait.click()
  const panel = page.getByRole('complementary', { name: /^Wait: / })
  await panel.getByLabel('Duration').fill('4')

  await context.setOffline(true)
  const banner = page.getByText('You are offline.', { exact: false })
  await expect(banner).toContainText('Changes cannot be saved until the connection returns')
  await panel.getByRole('button', { name: 'Save step' }).click()
  await expect(panel.getByRole('alert')).toContainText(
    'You are offline, so the step was not saved.',
  )
  await expect(panel.getByRole('button', { name: 'Save step' })).toBeEnabled()
  await expect(panel.getByLabel('Duration')).toHaveValue('4')

  // A move is a change that can wait: the banner counts it, and it is sent once back online.
  const box = (await wait.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + 10)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + 70, { steps: 8 })
  await page.mouse.up()
  await expect(banner).toContainText('1 change waits and will be sent when the connection returns')
  expect(await graphWrites(request)).toEqual([])

  await context.setOffline(false)
  await expect(banner).toBeHidden()
  await expect
    .poll(async () => (await graphWrites(request)).filter((w) => w.startsWith('PATCH')).length)
    .toBe(1)
  await panel.getByRole('button', { name: 'Save step' }).click()
  await expect(wait).toContainText('Wait 4 hours')
})
