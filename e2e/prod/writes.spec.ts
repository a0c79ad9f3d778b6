import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { resetUpstream, upstreamJournal } from './support/mock-control'
import { CANARY_AUTHORIZATION_SHA256 } from './support/setup'

/**
 * Every kind of write the dashboard makes, from the browser, through the production server
 * (`node dist-server/main.mjs`) in front of the mock API server. Each checks what the person sees
 * and what the upstream received, with the server's key. Deletes matter most: Chromium sends a
 * DELETE without Content-Length, which once made the production server answer 500.
 */

test.beforeEach(async ({ request }) => resetUpstream(request))

/** Draft, complete and valid (src/mocks/seed/graphs-drafts.ts), with enrolled leads. */
const READY = 'workflows/wf_apptready001'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const group = (page: Page, name: string) =>
  page.getByRole('group', { name: new RegExp(`^${escape(name)}(\\.|$)`) })

const answered = (page: Page, method: string, path: RegExp) =>
  page.waitForResponse(
    (r) => r.request().method() === method && path.test(new URL(r.url()).pathname),
  )

/** The browser's writes as the upstream saw them, each checked for the server's key. */
async function upstreamWrites(request: APIRequestContext): Promise<string[]> {
  const journal = (await upstreamJournal(request)).filter(
    (e) => e.method !== 'GET' && !e.path.startsWith('/v1/__mock'),
  )
  for (const entry of journal)
    expect(entry.authorizationSha256, `${entry.method} ${entry.path}`).toBe(
      CANARY_AUTHORIZATION_SHA256,
    )
  return journal.map((e) => `${e.method} ${e.path}`)
}

async function expectOk(response: Promise<import('@playwright/test').Response>) {
  const r = await response
  expect(r.status(), `${r.request().method()} ${r.url()}`).toBeLessThan(300)
  return r
}

test('create, rename, duplicate and delete a workflow', async ({ page, request }) => {
  await page.goto('workflows')
  await page.getByRole('link', { name: 'Create workflow' }).click()
  await page.getByLabel('Name').fill('Through the production server')
  const created = expectOk(answered(page, 'POST', /\/v1\/workflows$/))
  await page.getByRole('button', { name: 'Create workflow' }).click()
  const id = (await (await created).json()) as { id?: string; data?: { id: string } }
  const workflowId = id.data?.id ?? id.id ?? ''
  await expect(
    page.getByRole('heading', { level: 1, name: 'Through the production server' }),
  ).toBeVisible()

  await page.getByRole('button', { name: 'Edit name' }).click()
  await page.getByLabel('Workflow name').fill('Production path check')
  const renamed = expectOk(answered(page, 'PATCH', new RegExp(`/v1/workflows/${workflowId}$`)))
  await page.getByLabel('Workflow name').press('Enter')
  await renamed
  await expect(page.getByRole('heading', { level: 1, name: 'Production path check' })).toBeVisible()

  const duplicated = expectOk(answered(page, 'POST', /\/duplicate$/))
  await page.getByRole('button', { name: 'Duplicate', exact: true }).click()
  await duplicated
  await expect(page.getByText(/Created “.*Production path check.*” as a draft/)).toBeVisible()

  await page.goto(`workflows/${workflowId}`)
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: /Delete “Production path check”/ })
  const deleted = expectOk(answered(page, 'DELETE', new RegExp(`/v1/workflows/${workflowId}$`)))
  await dialog.getByRole('button', { name: 'Delete' }).click()
  await deleted
  await expect(page.getByText('Deleted “Production path check”.')).toBeVisible()
  await page.goto(`workflows?q=${encodeURIComponent('Production path check')}`)
  const table = page.getByRole('table', { name: 'Workflows' })
  await expect(table.getByRole('link', { name: /Production path check/ })).toHaveCount(1)
  await expect(table.getByRole('link', { name: 'Production path check', exact: true })).toHaveCount(
    0,
  )

  const writes = await upstreamWrites(request)
  expect(writes).toEqual([
    'POST /v1/workflows',
    `PATCH /v1/workflows/${workflowId}`,
    `POST /v1/workflows/${workflowId}/duplicate`,
    `DELETE /v1/workflows/${workflowId}`,
  ])
})

test('add, configure, move, connect and delete a step and a connection', async ({
  page,
  request,
}) => {
  await page.goto(READY)
  await expect(page.getByTestId('workflow-canvas')).toBeVisible()

  const added = expectOk(answered(page, 'POST', /\/nodes$/))
  await page.getByRole('button', { name: 'Add dropped step' }).click()
  await added
  const panel = page.getByRole('complementary', { name: /^Dropped: / })
  await expect(panel).toBeVisible()
  await panel.getByLabel('Step name').fill('Gave up')
  const configured = expectOk(answered(page, 'PATCH', /\/nodes\/[^/]+$/))
  await panel.getByRole('button', { name: 'Save step' }).click()
  await configured
  await panel.getByRole('button', { name: 'Close the settings panel' }).click()
  const step = group(page, 'Dropped step: Gave up')
  await expect(step).toBeVisible()

  const box = (await step.boundingBox())!
  const moved = expectOk(answered(page, 'PATCH', /\/nodes\/[^/]+$/))
  await page.mouse.move(box.x + box.width / 2, box.y + 12)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + 80, { steps: 8 })
  await page.mouse.up()
  expect(Object.keys((await moved).request().postDataJSON() as object).sort()).toEqual([
    'position_x',
    'position_y',
  ])
  await page.keyboard.press('Escape')

  await group(page, 'Voice call step: Second reminder').focus()
  await page.keyboard.press('Enter')
  const call = page.getByRole('complementary', { name: 'Voice call: Second reminder' })
  const connected = expectOk(answered(page, 'POST', /\/edges$/))
  await call.getByLabel('When failed, go to').selectOption({ label: 'Gave up (Dropped)' })
  await connected
  const connection = page.getByRole('img', { name: /^FAILED path from Second reminder to Gave up/ })
  await expect(connection).toHaveCount(1)
  // Disconnect it again from the same panel (the connection itself may be a pan away).
  const disconnected = expectOk(answered(page, 'DELETE', /\/edges\/[^/]+$/))
  await call.getByLabel('When failed, go to').selectOption({ label: 'Not connected' })
  await disconnected
  await expect(connection).toHaveCount(0)

  await step.focus()
  await page.keyboard.press('Enter')
  const removed = expectOk(answered(page, 'DELETE', /\/nodes\/[^/]+$/))
  await page
    .getByRole('complementary', { name: 'Dropped: Gave up' })
    .getByRole('button', { name: 'Delete step' })
    .click()
  await removed
  await expect(step).toHaveCount(0)
  await page.reload()
  await expect(group(page, 'Voice call step: Second reminder')).toBeVisible()
  await expect(step).toHaveCount(0)

  const writes = await upstreamWrites(request)
  const kinds = writes.map((w) => w.replace(/\/(node|edge)_[a-z0-9]+/g, '/:id'))
  expect(kinds).toEqual(
    expect.arrayContaining([
      'POST /v1/workflows/wf_apptready001/nodes',
      'PATCH /v1/workflows/wf_apptready001/nodes/:id',
      'POST /v1/workflows/wf_apptready001/edges',
      'DELETE /v1/workflows/wf_apptready001/edges/:id',
      'DELETE /v1/workflows/wf_apptready001/nodes/:id',
    ]),
  )
})

test('enrol leads from a file and remove one', async ({ page, request }) => {
  await page.goto(READY)
  await page.getByRole('tab', { name: 'Leads' }).click()
  const table = page.getByRole('table', { name: /Leads enrolled/ })
  await expect(table).toBeVisible()
  await page.getByRole('button', { name: 'Enrol leads' }).click()
  const dialog = page.getByRole('dialog', { name: 'Enrol leads from a CSV file' })
  await dialog.getByLabel('CSV file', { exact: true }).setInputFiles({
    name: 'prod.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('phone,first_name\n9876500011,Nina\n9876500012,Omar\n'),
  })
  const enrolled = expectOk(answered(page, 'POST', /\/leads$/))
  await dialog.getByRole('button', { name: 'Enrol 2 leads' }).click()
  await enrolled
  await expect(page.getByText('Enrolled 2 leads.')).toBeVisible()
  await expect(table.getByRole('rowheader', { name: /\+919876500011/ })).toBeVisible()

  await table.getByRole('button', { name: 'Remove +919876500011' }).click()
  const removed = expectOk(answered(page, 'DELETE', /\/leads\/[^/]+$/))
  await page.getByRole('dialog').getByRole('button', { name: 'Remove lead' }).click()
  await removed
  await expect(page.getByText('+919876500011 was removed from the workflow.')).toBeVisible()
  // The API keeps a removed lead (its history stays readable): it shows as Removed, for good.
  const row = table.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: /\+919876500011/ }),
  })
  await expect(row).toContainText('Removed')
  await expect(row.getByRole('button', { name: 'Remove +919876500011' })).toHaveCount(0)

  const writes = (await upstreamWrites(request)).map((w) => w.replace(/wlead_[a-z0-9]+/, ':id'))
  expect(writes).toEqual([
    'POST /v1/workflows/wf_apptready001/leads',
    'DELETE /v1/workflows/wf_apptready001/leads/:id',
  ])
})

async function lifecycle(page: Page, header: Locator, action: string, status: string) {
  const sent = expectOk(answered(page, 'POST', new RegExp(`/${action.toLowerCase()}$`)))
  const label = action === 'Cancel' ? 'Cancel workflow' : action
  await header.getByRole('button', { name: label, exact: true }).click()
  const dialog = page.getByRole('dialog')
  if (action === 'Cancel') await dialog.getByLabel(/Type cancel to confirm/).fill('cancel')
  await dialog.getByRole('button', { name: label, exact: true }).click()
  await sent
  await expect(header.locator(`[data-status="${status}"]`).first()).toBeVisible()
}

test('activate, pause, resume and cancel', async ({ page, request }) => {
  await page.goto(READY)
  const header = page.locator('header').filter({ has: page.getByRole('heading', { level: 1 }) })
  await lifecycle(page, header, 'Activate', 'active')
  await lifecycle(page, header, 'Pause', 'paused')
  await lifecycle(page, header, 'Resume', 'active')
  await lifecycle(page, header, 'Cancel', 'cancelled')
  await page.reload()
  await expect(header.locator('[data-status="cancelled"]').first()).toBeVisible()
  expect(await upstreamWrites(request)).toEqual([
    'POST /v1/workflows/wf_apptready001/activate',
    'POST /v1/workflows/wf_apptready001/pause',
    'POST /v1/workflows/wf_apptready001/resume',
    'POST /v1/workflows/wf_apptready001/cancel',
  ])
})
