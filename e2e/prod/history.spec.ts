import AxeBuilder from '@axe-core/playwright'
import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { DEMO_ORIGIN, DEMO_URL } from './support/setup'

/**
 * History through the production server (`node dist-server/main.mjs`) serving the demo: the
 * built-in mock answers, nobody is signed in, and the header's picker plays one of two demo
 * people. Two people edit and pause a live workflow; the activity names both; compare shows the
 * deleted step (in words, not colour only); restore brings it back in the API's graph.
 */

test.use({ baseURL: DEMO_URL, extraOrigins: [DEMO_ORIGIN] })

/** Active, with leads in flight (src/mocks/seed/graphs-live.ts). */
const NURTURE = 'wf_nurture00001'
const APP = { 'x-requested-with': 'workflow-console', origin: DEMO_ORIGIN }

async function resetDemo(request: APIRequestContext) {
  expect((await request.post(`${DEMO_URL}v1/__mock/reset`, { headers: APP })).ok()).toBe(true)
  expect((await request.post(`${DEMO_URL}v1/__mock/clock`, { headers: APP, data: { speed: 0 } })).ok()).toBe(true)
}

async function apiGraph(request: APIRequestContext, workflowId = NURTURE) {
  const nodes = (await (await request.get(`${DEMO_URL}v1/workflows/${workflowId}/nodes`)).json()) as {
    data: { id: string; label: string }[]
  }
  const edges = (await (await request.get(`${DEMO_URL}v1/workflows/${workflowId}/edges`)).json()) as {
    data: { from_node_id: string; to_node_id: string; label: string | null }[]
  }
  const label = (id: string) => nodes.data.find((n) => n.id === id)?.label
  return {
    steps: nodes.data.map((n) => n.label),
    connections: edges.data.map((e) => `${label(e.from_node_id)} → ${label(e.to_node_id)}${e.label ? ` (${e.label})` : ''}`),
  }
}

const answered = (page: Page, method: string, path: RegExp) =>
  page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname) && r.status() < 300)

async function actAs(page: Page, name: string) {
  const picker = page.getByRole('combobox', { name: /Acting as/ })
  const asked = page.waitForResponse((r) => r.url().endsWith('/console-api/history/me'))
  await picker.selectOption({ label: `${name} (demo)` })
  await asked
  await expect(picker.locator('option:checked')).toHaveText(`${name} (demo)`)
}

test.beforeEach(async ({ request }) => resetDemo(request))

test('two demo people edit and pause; activity names both; compare shows the deleted step; restore brings it back', async ({
  page,
  request,
}) => {
  await page.goto(`workflows/${NURTURE}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Loan pre-approval nurture' })).toBeVisible()
  await actAs(page, 'Asha Rao')

  // Asha keeps the graph as it is, then deletes a step.
  await page.getByRole('tab', { name: 'Versions' }).click()
  await page.getByLabel('Save version as…').fill('Before the cleanup')
  await page.getByRole('button', { name: 'Save version' }).click()
  await expect(page.getByRole('list', { name: 'Version list' })).toContainText("Saved: 'Before the cleanup'")

  const step = page.getByRole('group', { name: /^Wait step: Wait 2 more days(\.|$)/ })
  await step.click()
  const deleted = answered(page, 'DELETE', /\/nodes\/[^/]+$/)
  await page.keyboard.press('Delete')
  // Leads wait there: the impact comes first, with the count.
  const impact = page.getByRole('dialog', { name: /^Delete “Wait 2 more days”/ })
  await expect(impact).toContainText('3 leads are waiting in “Wait 2 more days”')
  await impact.getByRole('button', { name: 'Delete anyway' }).click()
  await deleted
  await expect(step).toHaveCount(0)
  expect((await apiGraph(request)).steps).not.toContain('Wait 2 more days')

  // Ben pauses it.
  await actAs(page, 'Ben Okafor')
  await page.getByRole('button', { name: 'Pause' }).click()
  const paused = answered(page, 'POST', /\/pause$/)
  await page.getByRole('dialog').getByRole('button', { name: 'Pause' }).click()
  await paused

  // The activity names both people.
  await page.getByRole('tab', { name: 'Activity' }).click()
  const lines = page.getByRole('list', { name: 'Activity lines' })
  await expect(lines.getByRole('listitem').filter({ hasText: 'Ben Okafor' }).filter({ hasText: 'paused the workflow' })).toHaveCount(1)
  await expect(lines.getByRole('listitem').filter({ hasText: 'Asha Rao' }).filter({ hasText: "deleted 'Wait 2 more days'" })).toHaveCount(1)
  await expect(lines.getByRole('listitem').filter({ hasText: 'Asha Rao' }).filter({ hasText: "saved the version 'Before the cleanup'" })).toHaveCount(1)

  // Compare the saved version with now: the deleted step is marked in words.
  await page.getByRole('tab', { name: 'Versions' }).click()
  const saved = page.getByRole('listitem').filter({ hasText: "Saved: 'Before the cleanup'" })
  await saved.getByRole('button', { name: 'Compare with now' }).click()
  const compare = page.getByRole('region', { name: 'Compare versions' })
  await expect(compare.getByRole('list', { name: 'Differences' })).toContainText("Removed step 'Wait 2 more days'")
  await expect(compare.getByTestId('compare-canvas')).toContainText('− Removed: Wait 2 more days')
  const axe = await new AxeBuilder({ page }).include('[aria-label="Compare versions"]').analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([])
  await compare.getByRole('button', { name: 'Close compare' }).click()

  // Restore it: the step and its two connections come back in the API's graph.
  await saved.getByRole('button', { name: 'Restore…' }).click()
  const dialog = page.getByRole('dialog', { name: "Restore 'Before the cleanup'" })
  await expect(dialog.getByRole('list', { name: 'Operations' })).toContainText("Add step 'Wait 2 more days'")
  await dialog.getByRole('button', { name: /^Restore \(\d+ changes\)$/ }).click()
  await expect(dialog.getByText('✓ Restored.')).toBeVisible()
  const graph = await apiGraph(request)
  expect(graph.steps).toContain('Wait 2 more days')
  expect(graph.connections).toEqual(
    expect.arrayContaining(['Second call → Wait 2 more days (DNP)', 'Wait 2 more days → Final attempt']),
  )
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('group', { name: /^Wait step: Wait 2 more days(\.|$)/ })).toBeVisible()
})

test('the demo person picker is labelled, works by keyboard and has no axe violations', async ({ page }) => {
  await page.goto('workflows')
  const picker = page.getByRole('combobox', { name: /Acting as/ })
  await expect(picker.locator('option:checked')).toHaveText('Asha Rao (demo)')
  await picker.focus()
  const asked = page.waitForResponse((r) => r.url().endsWith('/console-api/history/me'))
  await page.keyboard.press('ArrowDown')
  await asked
  await expect(picker.locator('option:checked')).toHaveText('Ben Okafor (demo)')
  await page.reload()
  await expect(page.getByRole('combobox', { name: /Acting as/ }).locator('option:checked')).toHaveText('Ben Okafor (demo)')
  const axe = await new AxeBuilder({ page }).include('header').analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([])
})

test('exports a version and makes a new workflow from the file; a bad file is refused with reasons', async ({ page, request }) => {
  await page.goto(`workflows/${NURTURE}`)
  await page.getByRole('tab', { name: 'Versions' }).click()
  await page.getByLabel('Save version as…').fill('Nurture as exported')
  await page.getByRole('button', { name: 'Save version' }).click()
  const saved = page.getByRole('listitem').filter({ hasText: "Saved: 'Nurture as exported'" })
  const download = page.waitForEvent('download')
  await saved.getByRole('link', { name: 'Export JSON' }).click()
  const file = await (await download).path()

  await page.goto('workflows')
  await page.getByRole('button', { name: 'New workflow from file' }).click()
  const dialog = page.getByRole('dialog', { name: 'New workflow from file' })
  const input = dialog.getByLabel('Workflow file (JSON)')
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"nodes": [') })
  await expect(dialog.getByRole('list', { name: 'Problems in the file' })).toContainText('The file is not JSON')
  await expect(dialog.getByRole('button', { name: 'Create workflow from file' })).toBeDisabled()

  await input.setInputFiles(file)
  await expect(dialog.getByTestId('import-summary')).toContainText('11 steps, 16 connections')
  await expect(dialog.getByLabel('Name of the new workflow')).toHaveValue('Nurture as exported')
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([])
  await dialog.getByLabel('Name of the new workflow').fill('Nurture from a file')
  const created = answered(page, 'POST', /\/v1\/workflows$/)
  await dialog.getByRole('button', { name: 'Create workflow from file' }).click()
  const body = (await (await created).json()) as { id?: string; data?: { id: string } }
  const id = body.data?.id ?? body.id
  await expect(page.getByRole('heading', { level: 1, name: 'Nurture from a file' })).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/workflows/${id}`))
  const original = await apiGraph(request)
  const copy = await apiGraph(request, id)
  expect(copy.steps.sort()).toEqual(original.steps.sort())
  expect(copy.connections.sort()).toEqual(original.connections.sort())
})
