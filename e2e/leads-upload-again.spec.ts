import { expect, test } from '@playwright/test'
import { resetMock, watchConsole } from './support'

/** Draft, valid, one VOICE_CALL on an active Indian number; its agent says {{first_name}}. */
const READY = '/workflows/wf_apptready001'

const CSV = [
  'phone,first_name,appointment_time',
  '9876543210,Priya,10:00',
  '9876543211,,11:00',
].join('\n')

test.beforeEach(async ({ request }) => resetMock(request))

async function upload(page: import('@playwright/test').Page) {
  await page.getByRole('button', { name: 'Enrol leads' }).click()
  const dialog = page.getByRole('dialog', { name: 'Enrol leads from a CSV file' })
  await dialog.getByLabel('CSV file', { exact: true }).setInputFiles({
    name: 'appointments.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV),
  })
  await expect(dialog.getByTestId('enrol-preview')).toBeVisible()
  return dialog
}

test('re-uploading a CSV offers to skip the numbers already enrolled (skipped by default)', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await page.goto(`${READY}?tab=leads`)
  await expect(page.getByRole('table', { name: /Leads enrolled/ })).toBeVisible()

  let dialog = await upload(page)
  await expect(dialog.getByRole('region', { name: 'Rows with empty variables' })).toContainText(
    '1 row has no first_name; the agent would say the placeholder {{first_name}}',
  )
  await dialog.getByRole('button', { name: 'Enrol 2 leads' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Enrolled 2 leads.')).toBeVisible()

  dialog = await upload(page)
  const again = dialog.getByRole('region', { name: /2 numbers are already enrolled/ })
  await expect(again).toContainText('+919876543210, +919876543211')
  await expect(again.getByRole('radio', { name: /Skip them/ })).toBeChecked()
  await expect(dialog.getByRole('button', { name: 'Nothing new to enrol' })).toBeDisabled()
  await again.getByRole('radio', { name: /Enrol them again/ }).check()
  await expect(dialog.getByRole('button', { name: 'Enrol 2 leads' })).toBeEnabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  expect(problems).toEqual([])
})
