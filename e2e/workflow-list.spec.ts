import { expect, test } from '@playwright/test'
import { resetMock, watchConsole } from './support'

test.beforeEach(async ({ request }) => resetMock(request))

test('filters by status and search, and the view survives a reload', async ({ page }) => {
  const problems = watchConsole(page)
  await page.goto('/')
  await expect(page).toHaveURL(/\/workflows/)
  const table = page.getByRole('table', { name: 'Workflows' })
  await expect(table.getByRole('row')).not.toHaveCount(1)

  await page.getByLabel('Status').selectOption('paused')
  await expect(page).toHaveURL(/status=paused/)
  const statusCells = table.locator('tbody [data-status]')
  await expect(statusCells.first()).toBeVisible()
  for (const status of await statusCells.evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-status')),
  )) {
    expect(status).toBe('paused')
  }

  await page.getByLabel('Status').selectOption('')
  await page.getByRole('searchbox', { name: 'Search' }).fill('nurture')
  await expect(page).toHaveURL(/q=nurture/)
  const names = table.locator('tbody tr td:nth-child(3) a')
  await expect(names.first()).toBeVisible()
  for (const name of await names.allInnerTexts()) expect(name.toLowerCase()).toContain('nurture')
  const before = await names.allInnerTexts()

  await page.reload()
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('nurture')
  await expect(names).toHaveText(before)
  expect(problems).toEqual([])
})

test('the legacy running workflow shows as Active and a name-only workflow shows its name', async ({
  page,
}) => {
  await page.goto('/workflows?size=100')
  const table = page.getByRole('table', { name: 'Workflows' })
  await expect(table.locator('tbody tr').first()).toBeVisible()
  const statuses = await table
    .locator('tbody [data-status]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))
  expect(statuses).not.toContain('running')
  await expect(table.getByRole('link', { name: 'Untitled workflow' })).toHaveCount(0)
})

test('a hostile title renders as text, never as HTML', async ({ page, request }) => {
  // Not in the demo seed: the test makes its own hostile workflow, with a hostile step too.
  const created = await request.post('/v1/workflows', {
    data: { title: '<img src=x onerror=alert(1)>', description: 'Security fixture' },
  })
  expect(created.ok()).toBe(true)
  const id = (await created.json()) as { id?: string; data?: { id: string } }
  const workflowId = id.data?.id ?? id.id ?? ''
  expect(
    (
      await request.post(`/v1/workflows/${workflowId}/nodes`, {
        data: { node_type: 'CONVERTED', label: '<script>alert("node")</script>', config: {} },
      })
    ).ok(),
  ).toBe(true)
  let dialogs = 0
  page.on('dialog', async (d) => {
    dialogs++
    await d.dismiss()
  })
  await page.goto('/workflows?q=onerror')
  const link = page.getByRole('link', { name: '<img src=x onerror=alert(1)>' })
  await expect(link).toBeVisible()
  await expect(page.locator('main img')).toHaveCount(0)
  await link.click()
  await expect(
    page.getByRole('heading', { level: 1, name: '<img src=x onerror=alert(1)>' }),
  ).toBeVisible()
  await expect(page.getByText('<script>alert("node")</script>').first()).toBeVisible()
  expect(dialogs).toBe(0)
})

test('an unknown workflow id shows a clear not-found page', async ({ page }) => {
  await page.goto('/workflows/wf_doesnotexist')
  await expect(page.getByRole('heading', { name: 'Workflow not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to all workflows' }).click()
  await expect(page).toHaveURL(/\/workflows$/)
})
