import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { resetMock, watchConsole } from './support'

test.beforeEach(async ({ request }) => resetMock(request))

test('the forecast of an active workflow shows its chart and summary, and the concurrency limit moves the finish time', async ({
  page,
}) => {
  const problems = watchConsole(page)
  const writes: string[] = []
  page.on('request', (r) => {
    if (r.method() !== 'GET' && r.url().includes('/v1/workflows'))
      writes.push(`${r.method()} ${r.url()}`)
  })
  await page.goto('/workflows/wf_nurture00001')
  await expect(page.locator('.react-flow__node').first()).toBeVisible()
  await page.getByRole('button', { name: 'Forecast' }).click()
  const forecast = page.getByTestId('forecast')
  await expect(forecast.getByRole('heading', { name: 'Forecast' })).toBeFocused()

  await expect(forecast.getByTestId('forecast-chart').locator('canvas')).toBeVisible()
  const summary = forecast.getByTestId('forecast-summary')
  await expect(summary).toContainText(/Most calls go out on day \d+ \(/)
  await expect(summary).toContainText('The last lead is expected to finish on')
  const finish = forecast.getByTestId('forecast-last-lead-finishes')
  await expect(finish).not.toBeEmpty()
  const withFive = await finish.textContent()

  const limit = forecast.getByLabel('Concurrency limit (lines)')
  await expect(limit).toHaveValue('5')
  await limit.fill('1')
  await expect(finish).not.toHaveText(withFive ?? '')

  await forecast.getByText(/The numbers as a table/).click()
  await expect(forecast.getByRole('table', { name: 'Forecast per hour (UTC)' })).toBeVisible()
  const download = page.waitForEvent('download')
  await forecast.getByRole('button', { name: 'Download CSV' }).click()
  expect((await download).suggestedFilename()).toBe('loan-pre-approval-nurture-forecast.csv')

  const axe = await new AxeBuilder({ page }).include('[data-testid="forecast"]').analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  await forecast.getByRole('button', { name: 'Back to the canvas' }).click()
  await expect(page.getByRole('button', { name: 'Forecast' })).toBeFocused()
  expect(writes).toEqual([])
  expect(problems).toEqual([])
})
