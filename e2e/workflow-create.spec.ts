import { expect, test } from '@playwright/test'
import { resetMock, watchConsole } from './support'

test.beforeEach(async ({ request }) => resetMock(request))

test('creates a workflow, refusing an over-long name, renames it and finds it in the list', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await page.goto('/workflows')
  await page.getByRole('link', { name: 'Create workflow' }).click()

  const name = page.getByLabel('Name')
  await name.fill('x'.repeat(101))
  await page.getByLabel('Description (optional)').fill('Calls webinar sign-ups who did not attend')
  await page.getByRole('button', { name: 'Create workflow' }).click()
  await expect(page.getByText('Keep the name to 100 characters or fewer.')).toBeVisible()
  await expect(page).toHaveURL(/\/workflows\/new$/)
  // Nothing typed is lost.
  await expect(page.getByLabel('Description (optional)')).toHaveValue(
    'Calls webinar sign-ups who did not attend',
  )

  await name.fill('  Webinar no-show follow-up  ')
  await page.getByRole('button', { name: 'Create workflow' }).click()
  await expect(page).toHaveURL(/\/workflows\/wf_/)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Webinar no-show follow-up' }),
  ).toBeVisible()
  await expect(page.locator('[data-status="draft"]').first()).toBeVisible()

  await page.getByRole('button', { name: 'Edit name' }).click()
  const editor = page.getByLabel('Workflow name')
  await editor.fill('Webinar no-show rescue')
  await editor.press('Enter')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Webinar no-show rescue' }),
  ).toBeVisible()

  await page.reload()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Webinar no-show rescue' }),
  ).toBeVisible()

  await page.getByRole('link', { name: 'Workflows', exact: true }).first().click()
  await page.getByRole('searchbox', { name: 'Search' }).fill('no-show rescue')
  await expect(
    page
      .getByRole('table', { name: 'Workflows' })
      .getByRole('link', { name: 'Webinar no-show rescue' }),
  ).toBeVisible()
  expect(problems).toEqual([])
})

test('a server refusal keeps what was typed and shows the reason', async ({ page }) => {
  await page.goto('/workflows/new')
  await page.route('**/v1/workflows', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({
            statusCode: 400,
            message: ['title must be unique'],
            error: 'Bad Request',
          }),
        })
      : route.continue(),
  )
  await page.getByLabel('Name').fill('Duplicate name')
  await page.getByRole('button', { name: 'Create workflow' }).click()
  await expect(page.getByText('title must be unique')).toBeVisible()
  await expect(page.getByLabel('Name')).toHaveValue('Duplicate name')
})
