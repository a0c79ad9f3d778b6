import { expect, test } from '@playwright/test'
import { resetMock, watchConsole } from './support'

test.beforeEach(async ({ request }) => resetMock(request))

const NURTURE = '/workflows/wf_nurture00001' // active, with leads in flight

function inZone(iso: string, zone: string) {
  const date = new Date(iso)
  const main = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  }).format(date)
  return main
}

test.describe('in New York', () => {
  test.use({ timezoneId: 'America/New_York' })

  test('times show in the viewer’s zone by default, in a chosen zone after the setting, UTC on hover', async ({
    page,
  }) => {
    const problems = watchConsole(page)
    await page.goto(NURTURE)
    const edited = page.locator('header time').first()
    const iso = (await edited.getAttribute('datetime')) ?? ''
    expect(iso).not.toBe('')
    await expect(edited).toContainText(inZone(iso, 'America/New_York'))
    await expect(edited).toHaveText(/ (EST|EDT|GMT-[45])$/)
    await expect(edited).toHaveAttribute('title', `${inZone(iso, 'UTC')} UTC`)

    const setting = page.getByLabel('Times in')
    await expect(setting).toHaveValue('')
    await expect(setting.locator('option:checked')).toHaveText('Your time zone (America/New_York)')
    await setting.selectOption('Asia/Kolkata')
    await expect(edited).toHaveText(`${inZone(iso, 'Asia/Kolkata')} GMT+5:30`)
    await expect(edited).toHaveAttribute('title', `${inZone(iso, 'UTC')} UTC`)

    // The choice is kept (reload, other pages).
    await page.reload()
    await expect(page.getByLabel('Times in')).toHaveValue('Asia/Kolkata')
    await expect(page.locator('header time').first()).toHaveText(/GMT\+5:30$/)
    expect(problems).toEqual([])
  })
})

test('the header says when the workflow completes, and after cancel shows no lead as active', async ({
  page,
}) => {
  await page.goto(NURTURE)
  const totals = page.getByTestId('workflow-totals')
  await expect(totals.getByTestId('ending-note')).toContainText(
    /Completes when the last of \d+ leads finishes \(\d+ still to go\)/,
  )
  await expect(totals.locator('[data-total="active"] dt')).toHaveText('Active')

  await page.getByRole('button', { name: 'Cancel workflow' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel(/Type cancel to confirm/).fill('cancel')
  await dialog.getByRole('button', { name: 'Cancel workflow' }).click()
  await expect(page.locator('header [data-status="cancelled"]').first()).toBeVisible()
  await expect(totals.locator('[data-total="active"] dt')).toHaveText('Stopped')
  await expect(totals).not.toContainText('Active')
  await expect(totals.getByTestId('ending-note')).toContainText('Cancelled: no lead moves again')
})
