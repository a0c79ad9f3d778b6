import { expect, test } from './support/fixtures'
import { resetUpstream, upstreamJournal } from './support/mock-control'
import { APP_ORIGIN, CANARY_AUTHORIZATION_SHA256 } from './support/setup'

test.beforeEach(async ({ request }) => resetUpstream(request))

test('list → open → activate → pause through the production server, with the server key on every upstream request', async ({
  page,
  context,
  request,
}) => {
  // The SSO proxy's session cookie rides along with every browser request; it must stop at the server.
  await context.addCookies([
    { name: '_oauth2_proxy', value: 'sso-session-cookie', url: APP_ORIGIN },
  ])
  await page.goto('workflows')
  const table = page.getByRole('table', { name: 'Workflows' })
  await table.getByRole('link', { name: 'Appointment reminder (ready)' }).click()
  await expect(page).toHaveURL(/\/tools\/workflows\/workflows\/wf_apptready001/)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Appointment reminder (ready)' }),
  ).toBeVisible()

  const header = page.locator('header').filter({ has: page.getByRole('heading', { level: 1 }) })
  await header.getByRole('button', { name: 'Activate', exact: true }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Activate', exact: true }).click()
  await expect(header.locator('[data-status="active"]').first()).toBeVisible()

  await header.getByRole('button', { name: 'Pause', exact: true }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Pause', exact: true }).click()
  await expect(header.locator('[data-status="paused"]').first()).toBeVisible()

  // Back to the list: the new status is what the upstream now says.
  await page.getByRole('link', { name: 'Workflows', exact: true }).first().click()
  const row = page.getByRole('row').filter({ hasText: 'Appointment reminder (ready)' })
  await expect(row.locator('[data-status="paused"]')).toBeVisible()

  const journal = await upstreamJournal(request)
  const fromBrowser = journal.filter((entry) => !entry.path.startsWith('/v1/__mock'))
  expect(fromBrowser.map((e) => `${e.method} ${e.path}`)).toEqual(
    expect.arrayContaining([
      'GET /v1/workflows',
      'GET /v1/workflows/wf_apptready001',
      'POST /v1/workflows/wf_apptready001/activate',
      'POST /v1/workflows/wf_apptready001/pause',
    ]),
  )
  for (const entry of journal) {
    expect(entry.authorizationSha256, `${entry.method} ${entry.path} carried the server key`).toBe(
      CANARY_AUTHORIZATION_SHA256,
    )
    expect(entry.hadCookie, `${entry.method} ${entry.path} carried no cookie`).toBe(false)
    expect(
      entry.forwardedIdentityHeaders,
      `${entry.method} ${entry.path} carried no identity header`,
    ).toEqual([])
  }
})
