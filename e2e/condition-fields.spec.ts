import { expect, test } from '@playwright/test'
import { resetMock, watchConsole } from './support'

test.beforeEach(async ({ request }) => resetMock(request))

test('a condition offers the fields that exist, with their values: “interested equals yes” is chosen, not typed', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await page.goto('/workflows/wf_nurture00001')
  // The canvas opens at a readable zoom, this step a pan away: reach it as a keyboard user does.
  await page.locator('.react-flow__node').filter({ hasText: 'Interested?' }).focus()
  await page.keyboard.press('Enter')
  const panel = page.getByRole('complementary', { name: 'Condition: Interested?' })
  const field = panel.getByLabel('Field', { exact: true })
  // The seeded rule was saved as the bare "interested": the picker knows it is Priya's field.
  await expect(field).toHaveValue('postcall_analysis.interested')
  const groups = await field
    .locator('optgroup')
    .evaluateAll((els) => els.map((e) => e.getAttribute('label')))
  expect(groups).toEqual([
    'Lead variables',
    'Last call',
    'Post-call analysis: Priya – Loan pre-approval',
  ])
  await expect(field.locator('optgroup[label="Lead variables"] option')).toContainText([
    'first_name',
  ])
  const value = panel.getByLabel('Value', { exact: true })
  await expect(value).toHaveValue('yes')
  await expect(value.locator('option')).toHaveText(['Choose a value', 'yes', 'no', 'Other value…'])

  await field.selectOption('call_status')
  await expect(value).toHaveValue('')
  await value.selectOption('no_answer')
  await field.selectOption('__other__')
  await expect(panel.getByLabel('Field name')).toHaveValue('call_status')
  expect(problems).toEqual([])
})
