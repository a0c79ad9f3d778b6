import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import {
  confirmAction,
  FAILED_RESOURCE,
  openFaultDialog,
  recordHeaderStatus,
  resetMockAndFaults,
  unexpected,
} from './resilience-support'
import { watchConsole } from './support'

/** Active, with enrolled leads: pause is allowed. */
const KYC = { id: 'wf_kycremind001', title: 'KYC document reminder' }
/** Draft, valid, four pending leads. */
const READY = { id: 'wf_apptready001', title: 'Appointment reminder (ready)' }

test.beforeEach(async ({ request }) => resetMockAndFaults(request))

const workflowsTable = (page: Page) => page.getByRole('table', { name: 'Workflows' })
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name })
const headerBadge = (page: Page) => page.locator('main header span[data-status]')

test('the URL parameter sets faults for this tab only, shows them, and one click turns them off', async ({
  context,
  page,
}) => {
  const problems = watchConsole(page)
  const faultHeader = page.waitForRequest((r) => r.url().includes('/v1/workflows?'))
  await page.goto('/workflows?faults=latency:300,writes:500,timeout:4000')
  await expect(page.getByTestId('fault-indicator')).toHaveText(
    'Faults on: 300 ms latency · writes 500 · timeout 4 s',
  )
  // The parameter is applied, then removed: the router and shared links never carry it.
  await expect(page).toHaveURL(/\/workflows$/)
  expect(JSON.parse((await faultHeader).headers()['x-mock-faults'] ?? '{}')).toEqual({
    latencyMs: 300,
    readFailureRate: 0,
    writeFailure: '500',
    hang: false,
    offline: false,
  })

  // A second tab has no faults: it renames without trouble.
  const other = await context.newPage()
  const otherProblems = watchConsole(other)
  await other.goto(`/workflows/${READY.id}`)
  await expect(heading(other, READY.title)).toBeVisible()
  await expect(other.getByRole('button', { name: 'Network faults' })).toBeVisible()
  await expect(other.getByTestId('fault-indicator')).toHaveCount(0)
  await other.getByRole('button', { name: 'Edit name' }).click()
  await other.getByLabel('Workflow name').fill('Appointment reminder (other tab)')
  await other.getByLabel('Workflow name').press('Enter')
  await expect(heading(other, 'Appointment reminder (other tab)')).toBeVisible()
  expect(otherProblems).toEqual([])

  // A reload keeps this tab's setting (sessionStorage); the page with its fault strip passes axe.
  await page.reload()
  await expect(page.getByTestId('fault-indicator')).toBeVisible()
  await expect(workflowsTable(page).getByRole('link', { name: KYC.title })).toBeVisible()
  const pageAxe = await new AxeBuilder({ page }).analyze()
  expect(pageAxe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])

  // The settings dialog shows the same setting, passes axe, and is usable with the keyboard.
  const dialog = await openFaultDialog(page)
  await expect(dialog.getByLabel('Extra latency (ms)')).toHaveValue('300')
  await expect(dialog.getByLabel('Writes answer')).toHaveValue('500')
  await expect(dialog.getByLabel('Give up waiting after (seconds)')).toHaveValue('4')
  await expect(dialog).toContainText('?faults=latency:300,writes:500,timeout:4000')
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  await page.getByRole('button', { name: 'Turn faults off' }).click()
  await expect(page.getByTestId('fault-indicator')).toHaveCount(0)
  await page.reload()
  await expect(page.getByTestId('fault-indicator')).toHaveCount(0)
  await expect(workflowsTable(page).getByRole('link', { name: KYC.title })).toBeVisible()

  // `?faults=off` clears as well.
  await page.goto('/workflows?faults=hang')
  await expect(page.getByTestId('fault-indicator')).toHaveText('Faults on: requests hang')
  await page.goto('/workflows?faults=off')
  await expect(page.getByTestId('fault-indicator')).toHaveCount(0)
  await expect(workflowsTable(page).getByRole('link', { name: KYC.title })).toBeVisible()
  expect(unexpected(problems)).toEqual([])
})

test('latency: creating and renaming a workflow still end right', async ({ page }) => {
  const problems = watchConsole(page)
  await page.goto('/workflows?faults=latency:800')
  await expect(page.getByTestId('fault-indicator')).toHaveText('Faults on: 800 ms latency')
  await page.getByRole('link', { name: 'Create workflow' }).click()
  await page.getByLabel('Name').fill('Slow network follow-up')
  await page.getByLabel('Description (optional)').fill('Created while every answer took 800 ms')
  await page.getByRole('button', { name: 'Create workflow' }).click()
  await expect(page.getByRole('button', { name: 'Creating…' })).toBeVisible()
  await expect(page).toHaveURL(/\/workflows\/wf_/)
  await expect(heading(page, 'Slow network follow-up')).toBeVisible()

  await page.getByRole('button', { name: 'Edit name' }).click()
  await page.getByLabel('Workflow name').fill('Slow network rescue')
  await page.getByLabel('Workflow name').press('Enter')
  await expect(heading(page, 'Slow network rescue')).toBeVisible()

  await page.reload()
  await expect(heading(page, 'Slow network rescue')).toBeVisible()
  await expect(page.getByText('Created while every answer took 800 ms')).toBeVisible()
  expect(unexpected(problems)).toEqual([])
})

test('5xx reads: the list and a workflow still load (retried with backoff)', async ({ page }) => {
  const problems = watchConsole(page)
  const failed: string[] = []
  page.on('response', (r) => {
    if (r.status() === 503) failed.push(r.url())
  })
  await page.goto('/workflows?faults=reads5xx:0.3')
  await expect(workflowsTable(page).getByRole('link', { name: READY.title })).toBeVisible()
  await workflowsTable(page).getByRole('link', { name: READY.title }).click()
  await expect(heading(page, READY.title)).toBeVisible()
  await expect(page.getByTestId('preflight-panel')).toBeVisible()
  await page.getByRole('tab', { name: 'Leads' }).click()
  await expect(page.getByRole('table', { name: /Leads enrolled/ })).toBeVisible()
  await page.getByRole('link', { name: 'Workflows', exact: true }).first().click()
  await expect(workflowsTable(page).getByRole('link', { name: KYC.title })).toBeVisible()
  expect(failed.length).toBeGreaterThan(0)
  expect(unexpected(problems, FAILED_RESOURCE.status(503))).toEqual([])
})

for (const status of [409, 500] as const) {
  test(`writes answering ${status}: rename and pause roll back with a message and show the server's state`, async ({
    page,
  }) => {
    const problems = watchConsole(page)
    await page.goto(`/workflows/${KYC.id}?faults=writes:${status}`)
    await expect(heading(page, KYC.title)).toBeVisible()
    await expect(headerBadge(page)).toHaveAttribute('data-status', 'active')

    await page.getByRole('button', { name: 'Edit name' }).click()
    const editor = page.getByLabel('Workflow name')
    await editor.fill('KYC reminder (renamed)')
    await editor.press('Enter')
    const reason =
      status === 409
        ? 'Injected fault: the resource changed; reload and retry.'
        : 'Injected fault: internal server error.'
    await expect(page.getByRole('alert').filter({ hasText: reason })).toBeVisible()
    // What was typed stays in the field; the heading is what the server holds.
    await expect(editor).toHaveValue('KYC reminder (renamed)')
    await page.getByRole('button', { name: 'Cancel', exact: true }).click()
    await expect(heading(page, KYC.title)).toBeVisible()

    const statusLog = await recordHeaderStatus(page)
    const detailReads: string[] = []
    page.on('request', (r) => {
      if (r.method() === 'GET' && new URL(r.url()).pathname === `/v1/workflows/${KYC.id}`)
        detailReads.push(r.url())
    })
    await page.getByRole('button', { name: 'Pause', exact: true }).click()
    await confirmAction(page, 'Pause')
    await expect(
      page.getByText(
        status === 409
          ? 'Could not pause: the workflow is active now (changed elsewhere).'
          : `Could not pause the workflow: ${reason}`,
        { exact: false },
      ),
    ).toBeVisible()
    await expect(headerBadge(page)).toHaveAttribute('data-status', 'active')
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeEnabled()
    expect(await statusLog()).toEqual(['active', 'paused', 'active'])
    expect(detailReads.length).toBeGreaterThanOrEqual(1)

    // The server really holds "active"; with the fault off the same actions succeed.
    await page.getByRole('button', { name: 'Turn faults off' }).click()
    await page.reload()
    await expect(headerBadge(page)).toHaveAttribute('data-status', 'active')
    await page.getByRole('button', { name: 'Pause', exact: true }).click()
    await confirmAction(page, 'Pause')
    await expect(headerBadge(page)).toHaveAttribute('data-status', 'paused')
    await expect(page.getByText('Workflow paused.', { exact: false })).toBeVisible()
    expect(unexpected(problems, FAILED_RESOURCE.status(status))).toEqual([])
  })
}

test('a request that never answers ends with a clear message; retry works once the fault is off', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await page.goto('/workflows?faults=hang,timeout:2000')
  await expect(page.getByLabel('Loading workflows')).toBeVisible()
  const failure = page.getByRole('alert').filter({ hasText: 'The workflows could not be loaded' })
  await expect(failure).toBeVisible()
  await expect(failure).toContainText('The server did not answer in time.')
  await expect(page.getByLabel('Loading workflows')).toHaveCount(0)

  await page.getByRole('button', { name: 'Turn faults off' }).click()
  await failure.getByRole('button', { name: 'Try again' }).click()
  await expect(workflowsTable(page).getByRole('link', { name: KYC.title })).toBeVisible()

  // Opening a workflow under hang: the page says so after the timeout, and "Try again" loads it.
  await page.goto(`/workflows/${KYC.id}?faults=hang,timeout:2000`)
  const detailFailure = page
    .getByRole('alert')
    .filter({ hasText: 'This workflow could not be loaded' })
  await expect(detailFailure).toContainText('The server did not answer in time.')
  await page.getByRole('button', { name: 'Turn faults off' }).click()
  await detailFailure.getByRole('button', { name: 'Try again' }).click()
  await expect(heading(page, KYC.title)).toBeVisible()

  // A lifecycle action under hang: rolled back with a message after the timeout.
  await expect(headerBadge(page)).toHaveAttribute('data-status', 'active')
  const dialog = await openFaultDialog(page)
  await dialog.getByLabel('Requests never answer').check()
  await dialog.getByLabel('Give up waiting after (seconds)').fill('2')
  await dialog.getByRole('button', { name: 'Apply to this tab' }).click()
  await expect(page.getByTestId('fault-indicator')).toHaveText(
    'Faults on: requests hang · timeout 2 s',
  )
  await page.getByRole('button', { name: 'Pause', exact: true }).click()
  await confirmAction(page, 'Pause')
  await expect(headerBadge(page)).toHaveAttribute('data-status', 'paused')
  await expect(
    page.getByText('Could not pause the workflow: The server did not answer in time.', {
      exact: false,
    }),
  ).toBeVisible({ timeout: 15_000 })
  await expect(headerBadge(page)).toHaveAttribute('data-status', 'active')

  await page.getByRole('button', { name: 'Turn faults off' }).click()
  await page.reload()
  await expect(headerBadge(page)).toHaveAttribute('data-status', 'active')
  expect(unexpected(problems)).toEqual([])
})

test('offline: a banner shows, queries resume when the network returns, nothing typed is lost', async ({
  context,
  page,
}) => {
  const problems = watchConsole(page)
  // The mock's offline fault drops the connection; navigator.onLine stays true.
  await page.goto('/workflows?faults=offline')
  const banner = page.getByText('You are offline.', { exact: false })
  await expect(banner).toBeVisible()
  await expect(
    page.getByText('The workflows load as soon as the connection returns.'),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Turn faults off' }).click()
  await expect(banner).toBeHidden()
  await expect(workflowsTable(page).getByRole('link', { name: KYC.title })).toBeVisible()

  // The browser goes offline while a form is being filled: the change waits, then is sent.
  await page.getByRole('link', { name: 'Create workflow' }).click()
  await page.getByLabel('Name').fill('Written on a train')
  await page.getByLabel('Description (optional)').fill('Typed while the connection dropped')
  await context.setOffline(true)
  await expect(banner).toBeVisible()
  await page.getByRole('button', { name: 'Create workflow' }).click()
  await expect(page.getByRole('button', { name: 'Creating…' })).toBeVisible()
  await expect(page.getByLabel('Name')).toHaveValue('Written on a train')
  await context.setOffline(false)
  await expect(banner).toBeHidden()
  await expect(heading(page, 'Written on a train')).toBeVisible()
  await expect(page.getByText('Typed while the connection dropped')).toBeVisible()
  expect(unexpected(problems, FAILED_RESOURCE.dropped)).toEqual([])
})

test('overlapping pause and rename settle on the server state with one refetch and no flicker', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await page.goto(`/workflows/${KYC.id}?faults=latency:800`)
  await expect(headerBadge(page)).toHaveAttribute('data-status', 'active')
  const statusLog = await recordHeaderStatus(page)
  const detailReads: number[] = []
  page.on('request', (r) => {
    if (r.method() === 'GET' && new URL(r.url()).pathname === `/v1/workflows/${KYC.id}`)
      detailReads.push(Date.now())
  })

  await page.getByRole('button', { name: 'Pause', exact: true }).click()
  await confirmAction(page, 'Pause')
  // While the pause is in flight no second lifecycle request can be sent.
  // aria-disabled, not disabled: the button keeps focus while the request is in flight.
  await expect(page.getByRole('button', { name: 'Resume', exact: true })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
  await page.getByRole('button', { name: 'Edit name' }).click()
  await page.getByLabel('Workflow name').fill('KYC document reminder (v2)')
  await page.getByLabel('Workflow name').press('Enter')

  await expect(page.getByText('Workflow paused.', { exact: false })).toBeVisible()
  await expect(heading(page, 'KYC document reminder (v2)')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Resume', exact: true })).not.toHaveAttribute(
    'aria-disabled',
  )
  await page.waitForTimeout(1_500)
  expect(await statusLog()).toEqual(['active', 'paused'])
  expect(detailReads).toHaveLength(1)

  await page.reload()
  await expect(headerBadge(page)).toHaveAttribute('data-status', 'paused')
  await expect(heading(page, 'KYC document reminder (v2)')).toBeVisible()
  expect(unexpected(problems)).toEqual([])
})

test('one failing panel shows its own error with "Try again"; the rest of the page keeps working', async ({
  page,
}) => {
  const problems = watchConsole(page)
  // The canvas is the only part of the app that measures with ResizeObserver: break it.
  await page.addInitScript(() => {
    const Original = window.ResizeObserver
    const w = window as unknown as { breakCanvas: boolean }
    w.breakCanvas = true
    window.ResizeObserver = class extends Original {
      constructor(callback: ResizeObserverCallback) {
        if (w.breakCanvas) throw new Error('ResizeObserver is not available')
        super(callback)
      }
    }
  })
  await page.goto(`/workflows/${READY.id}`)
  const canvasError = page.getByRole('alert').filter({ hasText: 'The canvas could not be shown.' })
  await expect(canvasError).toBeVisible()
  await expect(heading(page, READY.title)).toBeVisible()
  await expect(page.getByTestId('preflight-panel')).toBeVisible()

  // The leads table shows its own failure inline, with its own retry.
  await page.route('**/v1/workflows/*/leads?**', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"unexpected":true}' }),
  )
  await page.getByRole('tab', { name: 'Leads' }).click()
  const leadsError = page.getByRole('alert').filter({ hasText: 'The leads could not be loaded' })
  await expect(leadsError).toBeVisible()
  await expect(canvasError).toBeVisible()
  await page.unroute('**/v1/workflows/*/leads?**')
  await leadsError.getByRole('button', { name: 'Try again' }).click()
  await expect(leadsError).toBeHidden()
  await expect(page.getByRole('table', { name: /Leads enrolled/ })).toBeVisible()

  // The header keeps working.
  await page.getByRole('button', { name: 'Edit name' }).click()
  await page.getByLabel('Workflow name').fill('Appointment reminder (still works)')
  await page.getByLabel('Workflow name').press('Enter')
  await expect(heading(page, 'Appointment reminder (still works)')).toBeVisible()

  await page.evaluate(() => {
    ;(window as unknown as { breakCanvas: boolean }).breakCanvas = false
  })
  await canvasError.getByRole('button', { name: 'Try again' }).click()
  await expect(canvasError).toBeHidden()
  await expect(page.locator('.react-flow__node').first()).toBeVisible()
  expect(unexpected(problems)).toEqual([])
})

test('leaving the create form with unsaved input asks first, in the app and on unload', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await page.goto('/workflows/new')
  await page.getByLabel('Name').fill('Half-written workflow')

  await page.getByRole('link', { name: 'Workflows', exact: true }).first().click()
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' })
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Stay and keep editing' }).click()
  await expect(ask).toBeHidden()
  await expect(page).toHaveURL(/\/workflows\/new$/)
  await expect(page.getByLabel('Name')).toHaveValue('Half-written workflow')

  // Closing the tab (or reloading) asks the browser's own question; "stay" keeps everything.
  const unload = page.waitForEvent('dialog')
  await page.close({ runBeforeUnload: true })
  const question = await unload
  expect(question.type()).toBe('beforeunload')
  await question.dismiss()
  expect(page.isClosed()).toBe(false)
  await expect(page.getByLabel('Name')).toHaveValue('Half-written workflow')

  await page.getByRole('link', { name: 'Workflows', exact: true }).first().click()
  await ask.getByRole('button', { name: 'Leave' }).click()
  await expect(page).toHaveURL(/\/workflows$/)
  expect(unexpected(problems)).toEqual([])
})
