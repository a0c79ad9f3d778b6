import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { resetMock, watchConsole } from './support'

/** Draft, valid, one VOICE_CALL on an active Indian number, 4 pending seed leads. */
const READY = '/workflows/wf_apptready001'
const READY_API = '/v1/workflows/wf_apptready001'

const CSV = [
  'Phone,first_name,appointment_time', // 1
  '9876543210,Priya,10:00', // 2 valid (national → +91)
  'abc,Bad,11:00', // 3 invalid
  '+12125550107,Sam,12:00', // 4 US: not reachable from the workflow's Indian number
  '', // 5 blank
  '12345,Short,13:00', // 6 invalid
  '+91 98765 43211,Arjun,14:00', // 7 valid
  '9876543210,Again,15:00', // 8 duplicate of row 2
].join('\n')

let savedSpeed = 3600

test.beforeEach(async ({ request }) => {
  await resetMock(request)
  const clock = await request.get('/v1/__mock/clock')
  savedSpeed = ((await clock.json()) as { speed: number }).speed
})

// The clock's speed survives a mock reset: give it back to the next spec.
test.afterEach(async ({ request }) => {
  await request.post('/v1/__mock/clock', { data: { speed: savedSpeed } })
})

async function openLeads(page: Page) {
  await page.goto(READY)
  await page.getByRole('tab', { name: 'Leads' }).click()
  await expect(page.getByRole('table', { name: /Leads enrolled/ })).toBeVisible()
}

async function chooseCsv(page: Page) {
  await page.getByRole('button', { name: 'Enrol leads' }).click()
  const dialog = page.getByRole('dialog', { name: 'Enrol leads from a CSV file' })
  await dialog.getByLabel('CSV file', { exact: true }).setInputFiles({
    name: 'appointments.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV),
  })
  return dialog
}

/** Sums of the per-node and per-edge counts drawn on the canvas. */
async function canvasCounts(page: Page) {
  const text = await page.locator('.react-flow').innerText()
  const sum = { waiting: 0, inCall: 0, done: 0, passed: 0, nodesWithCounts: 0 }
  for (const m of text.matchAll(/(\d+) waiting · (\d+) in call · (\d+) done/g)) {
    sum.waiting += Number(m[1])
    sum.inCall += Number(m[2])
    sum.done += Number(m[3])
    sum.nodesWithCounts += 1
  }
  for (const m of text.matchAll(/(\d+) passed/g)) sum.passed += Number(m[1])
  return sum
}

async function totals(page: Page) {
  const box = page.getByTestId('workflow-totals')
  const read = async (key: string) =>
    Number(await box.locator(`[data-total="${key}"] dd`).innerText())
  return {
    enrolled: await read('enrolled'),
    active: await read('active'),
    converted: await read('converted'),
    dropped: await read('dropped'),
  }
}

async function lifecycle(page: Page, action: 'Activate' | 'Pause' | 'Resume') {
  await page.getByRole('button', { name: action, exact: true }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: action, exact: true }).click()
  await expect(dialog).toBeHidden()
}

test('enrols the valid rows of a CSV, shows the bad ones grouped by reason, and counts move once activated', async ({
  page,
  request,
}) => {
  const problems = watchConsole(page)
  await request.post('/v1/__mock/clock', { data: { speed: 0 } })
  await openLeads(page)
  const dialog = await chooseCsv(page)

  await expect(dialog.getByText(/2 rows ready to enrol/)).toBeVisible()
  const refused = dialog.getByRole('region', { name: 'Rows that will not be enrolled' })
  await expect(refused).toContainText('Rows 3, 6: invalid phone number')
  await expect(refused).toContainText('Row 4: destination country not enabled')
  await expect(dialog.getByRole('region', { name: 'Rows left out' })).toContainText(
    'Row 8: duplicate phone number',
  )
  await expect(dialog.getByRole('list', { name: 'Variable columns' })).toHaveText(
    /first_name\s*appointment_time/,
  )

  await dialog.getByRole('button', { name: 'Enrol 2 leads' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Enrolled 2 leads.')).toBeVisible()

  // Only the valid rows reached the server, normalised, with their variables.
  const stored = await request.get(`${READY_API}/leads?limit=100`)
  const leads = (
    (await stored.json()) as { data: { phone_number: string; variables: Record<string, string> }[] }
  ).data
  expect(leads).toHaveLength(6)
  expect(leads.filter((l) => l.phone_number.startsWith('+9198765'))).toEqual([
    expect.objectContaining({
      phone_number: '+919876543210',
      variables: { first_name: 'Priya', appointment_time: '10:00' },
    }),
    expect.objectContaining({
      phone_number: '+919876543211',
      variables: { first_name: 'Arjun', appointment_time: '14:00' },
    }),
  ])

  const table = page.getByRole('table', { name: /Leads enrolled/ })
  await expect(table.getByRole('rowheader', { name: /\+919876543210/ })).toBeVisible()
  await expect(table.getByRole('rowheader', { name: /\+919876543211/ })).toContainText(
    'first_name=Arjun',
  )
  await expect(
    page.getByTestId('workflow-totals').locator('[data-total="enrolled"] dd'),
  ).toHaveText('6')
  await page.getByLabel('Search by phone').fill('43211')
  await expect(table.locator('tbody tr')).toHaveCount(1)

  // A draft shows no live counts; once active, the canvas counts leads per node and they move.
  expect((await canvasCounts(page)).nodesWithCounts).toBe(0)
  await lifecycle(page, 'Activate')
  await expect.poll(async () => (await canvasCounts(page)).nodesWithCounts).toBeGreaterThan(0)
  await expect.poll(async () => (await totals(page)).active).toBeGreaterThan(0)
  const started = await canvasCounts(page)
  await page.getByRole('button', { name: 'Skip 1 hour' }).click()
  await expect
    .poll(async () => (await canvasCounts(page)).done, { timeout: 15_000 })
    .toBeGreaterThan(started.done)
  expect(problems).toEqual([])
})

/** Skips simulated days until the canvas shows more movement than `than`, or gives up (holds last 2 days). */
async function skipUntilMoved(page: Page, than: number) {
  for (let i = 0; i < 4; i++) {
    await page.getByRole('button', { name: 'Skip 1 day' }).click()
    try {
      await expect
        .poll(async () => moved(await canvasCounts(page)), { timeout: 3_000 })
        .toBeGreaterThan(than)
      return
    } catch {
      // nothing was due that day: skip another
    }
  }
  expect(moved(await canvasCounts(page))).toBeGreaterThan(than)
}
const moved = (c: { done: number; passed: number }) => c.done + c.passed

test('live counts move while active, stop while paused and move again after resume', async ({
  page,
  request,
}) => {
  const problems = watchConsole(page)
  await request.post('/v1/__mock/clock', { data: { speed: 0 } })
  await page.goto('/workflows/wf_nurture00001')
  await expect(page.getByRole('group', { name: 'Simulated clock' })).toBeVisible()
  await expect(page.getByLabel(/^Speed/)).toHaveValue('0')
  await expect.poll(async () => (await canvasCounts(page)).nodesWithCounts).toBeGreaterThan(0)
  await expect.poll(async () => (await totals(page)).enrolled).toBeGreaterThan(0)

  await skipUntilMoved(page, moved(await canvasCounts(page)))

  await lifecycle(page, 'Pause')
  // Calls already running may end during the pause, but no lead moves on.
  await page.getByRole('button', { name: 'Skip 1 hour' }).click()
  await page.waitForTimeout(2_000)
  const paused = await canvasCounts(page)
  const pausedTotals = await totals(page)
  let statsCalls = 0
  page.on('request', (r) => {
    if (r.url().includes('/stats')) statsCalls += 1
  })
  await page.waitForTimeout(4_000)
  expect(statsCalls, 'no polling while paused').toBe(0)
  await page.getByRole('button', { name: 'Skip 1 day' }).click()
  await page.waitForTimeout(3_000)
  expect(moved(await canvasCounts(page))).toBe(moved(paused))
  expect(await totals(page)).toEqual(pausedTotals)
  expect(statsCalls, 'one refresh after the skip').toBeLessThanOrEqual(1)

  await lifecycle(page, 'Resume')
  await skipUntilMoved(page, moved(paused))
  expect(problems).toEqual([])
})
test('a lead’s path is highlighted on the canvas with its timeline beside it', async ({
  page,
  request,
}) => {
  await request.post('/v1/__mock/clock', { data: { speed: 0 } })
  await page.goto('/workflows/wf_nurture00001')
  await page.getByRole('tab', { name: 'Leads' }).click()
  const table = page.getByRole('table', { name: /Leads enrolled/ })
  await table
    .getByRole('button', { name: /^Show path of / })
    .first()
    .click()

  const panel = page.getByTestId('lead-history')
  await expect(panel.getByRole('heading', { name: /^Path of \+/ })).toBeVisible()
  await expect(
    panel.getByRole('list', { name: 'Path, step by step' }).getByRole('listitem').first(),
  ).toBeVisible()
  await expect(
    page
      .locator('.react-flow')
      .getByText(/✓ Visited|● Lead is here/)
      .first(),
  ).toBeVisible()
  const axe = await new AxeBuilder({ page }).include('[data-testid="lead-history"]').analyze()
  expect(axe.violations.map((v) => v.id)).toEqual([])

  await panel.getByRole('button', { name: 'Close lead path' }).click()
  await expect(table).toBeVisible()
})

test('the enrol dialog with its preview has no axe violations', async ({ page }) => {
  await openLeads(page)
  const dialog = await chooseCsv(page)
  await expect(dialog.getByText(/2 rows ready to enrol/)).toBeVisible()
  const axe = await new AxeBuilder({ page }).analyze()
  expect(
    axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([])
})

test('the leads filters live in the URL: a filtered page survives a reload', async ({ page }) => {
  const errors = watchConsole(page)
  await page.goto('/workflows/wf_nurture00001')
  await page.getByRole('tab', { name: 'Leads' }).click()
  await expect(page).toHaveURL(/tab=leads/)
  const table = page.getByRole('table', { name: /Leads enrolled/ })
  await expect(table.getByRole('row').nth(1)).toBeVisible()

  await page.getByLabel('Status').selectOption({ label: 'Converted' })
  await expect(page).toHaveURL(/leadStatus=completed/)
  await page.getByLabel('Search by phone').fill('98000700')
  await expect(page).toHaveURL(/leadSearch=(%22)?98000700/)
  await expect(table.getByRole('row', { name: /Active/ })).toHaveCount(0)
  const converted = await table.getByRole('row', { name: /Converted/ }).count()
  expect(converted).toBeGreaterThan(0)

  await page.reload()
  await expect(page.getByRole('tab', { name: 'Leads' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByLabel('Status')).toHaveValue('completed')
  await expect(page.getByLabel('Search by phone')).toHaveValue('98000700')
  await expect(table.getByRole('row', { name: /Converted/ })).toHaveCount(converted)
  expect(errors).toEqual([])
})
