import { expect, test } from './support/fixtures'
import { resetUpstream } from './support/mock-control'
import { SERVER_URL, SIGNED_IN } from './support/setup'

const SERVER_ORIGIN = new URL(SERVER_URL).origin

test.beforeEach(async ({ request }) => resetUpstream(request))

test('the header shows who the SSO proxy says is signed in', async ({ page }) => {
  await page.goto('workflows')
  await expect(page.getByTestId('signed-in-user')).toContainText(SIGNED_IN.email)
})

test.describe('without the SSO front', () => {
  test.use({ extraOrigins: [SERVER_ORIGIN] })

  test('identity headers forged from an address that is not a trusted proxy are ignored', async ({
    page,
    request,
  }) => {
    // This test process connects from 127.0.0.1; only the SSO front's 127.0.0.2 is trusted.
    const forged = { 'X-Forwarded-Email': 'mallory@example.com', 'X-Forwarded-User': 'mallory' }
    const session = await request.get(`${SERVER_URL}__session`, { headers: forged })
    expect(await session.json()).toEqual({ user: null })

    // The same holds for a browser that reaches the server without the SSO front.
    await page.setExtraHTTPHeaders(forged)
    await page.goto(`${SERVER_URL}workflows`)
    await expect(page.getByRole('table', { name: 'Workflows' })).toBeVisible()
    await expect(page.getByTestId('signed-in-user')).toHaveCount(0)
    await expect(page.getByText('mallory')).toHaveCount(0)
  })
})
