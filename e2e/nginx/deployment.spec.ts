import { request as httpRequest } from 'node:http'
import { expect, serverLog, standInJournal, test } from './support/fixtures'
import { APP_ORIGIN, BASE_PATH, PORTS, SIGNED_IN } from './support/setup'

// A shared list view: status filter, sort and order must all survive the sign-in round trip.
const SHARED_VIEW = `${BASE_PATH}workflows?status=active&sort=title&order=asc`
const DETAIL = `${BASE_PATH}workflows/wf_apptready001`

test('a signed-out visit to a shared list view signs in and comes back to the same URL, every query parameter included', async ({
  page,
  request,
}) => {
  await page.goto(SHARED_VIEW)
  await expect(page.getByRole('table', { name: 'Workflows' })).toBeVisible()
  const back = new URL(page.url())
  expect(back.origin).toBe(APP_ORIGIN)
  expect(`${back.pathname}${back.search}`).toBe(SHARED_VIEW)

  // oauth2-proxy was told the original path and query, and its auth check saw the real host.
  const journal = await standInJournal(request)
  expect(journal.find((e) => e.path === '/oauth2/start')?.redirect).toBe(SHARED_VIEW)
  const auth = journal.find((e) => e.path === '/oauth2/auth')
  expect(auth?.headers.host).toBe(`127.0.0.1:${PORTS.nginx}`)
  expect(auth?.headers['x-forwarded-uri']).toBe(SHARED_VIEW)
})

test("behind a TLS terminator, every redirect keeps the browser's scheme, host and port", async ({
  request,
}) => {
  const https = { 'x-forwarded-proto': 'https' }
  const start = await request.get(SHARED_VIEW, { headers: https, maxRedirects: 0 })
  expect(start.status()).toBe(302)
  const callback = start.headers().location ?? ''
  expect(callback).toMatch(/^\/oauth2\/callback\?/)
  const signedIn = await request.get(callback, { headers: https, maxRedirects: 0 })
  // Relative: the browser resolves it against https://<its host and port>/.
  expect(signedIn.headers().location).toBe(SHARED_VIEW)
  const noSlash = await request.get(BASE_PATH.slice(0, -1), { headers: https, maxRedirects: 0 })
  expect(noSlash.status()).toBe(301)
  expect(noSlash.headers().location).toBe(BASE_PATH)
})

test('a deep link loads and reloads, and the header shows who is signed in', async ({ page }) => {
  await page.goto(DETAIL)
  const heading = page.getByRole('heading', { level: 1, name: 'Appointment reminder (ready)' })
  await expect(heading).toBeVisible()
  await expect(page.getByTestId('signed-in-user')).toContainText(SIGNED_IN.email)
  await page.reload()
  await expect(heading).toBeVisible()
  await expect(page.getByTestId('signed-in-user')).toContainText(SIGNED_IN.email)
})

test('identity and request-id headers sent by the browser are replaced by nginx', async ({
  page,
}) => {
  const forgedId = 'forged-request-id-0001'
  await page.setExtraHTTPHeaders({
    'X-Forwarded-Email': 'mallory@example.com',
    'X-Forwarded-User': 'mallory',
    'X-Request-Id': forgedId,
  })
  const api = page.waitForResponse((r) => r.url().includes(`${BASE_PATH}v1/workflows`))
  await page.goto(`${BASE_PATH}workflows`)
  const answer = await api
  await expect(page.getByTestId('signed-in-user')).toContainText(SIGNED_IN.email)
  await expect(page.getByText('mallory')).toHaveCount(0)
  const session = await page.evaluate(
    async (url) => (await fetch(url)).json(),
    `${BASE_PATH}__session`,
  )
  expect(session).toEqual({ user: { email: SIGNED_IN.email, name: SIGNED_IN.user } })

  // nginx's own id ($request_id, 32 hex digits) reaches the server, its upstream call and the log.
  const id = (await answer.allHeaders())['x-request-id'] ?? ''
  expect(id).toMatch(/^[0-9a-f]{32}$/)
  const logged = serverLog().filter((line) => line.request_id === id)
  expect(logged).toHaveLength(1)
  expect(serverLog().some((line) => line.request_id === forgedId)).toBe(false)
})

test('a user name sent by the browser never stands in for the signed-in one on API calls', async ({
  page,
  request,
}) => {
  // An account without an e-mail address: the log then names the user, whoever nginx says it is.
  await request.post(`http://127.0.0.1:${PORTS.oauth2Proxy}/__stand-in/account`, {
    data: { email: '', user: SIGNED_IN.user },
  })
  await page.setExtraHTTPHeaders({ 'X-Forwarded-User': 'mallory' })
  const api = page.waitForResponse((r) => r.url().includes(`${BASE_PATH}v1/workflows`))
  await page.goto(`${BASE_PATH}workflows`)
  const id = (await (await api).allHeaders())['x-request-id']
  await expect(page.getByTestId('signed-in-user')).toContainText(SIGNED_IN.user)
  const line = serverLog().find((l) => l.request_id === id)
  expect(line?.path).toMatch(/\/v1\/workflows$/)
  expect(line?.user).toBe(SIGNED_IN.user)
})

test("the server logs the browser's address, not nginx's, and not one the browser made up", async ({
  request,
}) => {
  // Signed in (the stand-in's callback sets the session cookie), then a request from 127.0.0.5,
  // so the browser and nginx (127.0.0.1) can be told apart.
  const signIn = await request.get('/oauth2/callback?code=x&state=n%3A%2F', { maxRedirects: 0 })
  const cookie = (signIn.headers()['set-cookie'] ?? '').split(';')[0] ?? ''
  const path = `${BASE_PATH}__session`
  const status = await new Promise<number>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: PORTS.nginx,
        path,
        localAddress: '127.0.0.5',
        headers: { cookie, 'x-forwarded-for': '203.0.113.66' },
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', reject)
    req.end()
  })
  expect(status).toBe(200)
  await expect
    .poll(
      () =>
        serverLog()
          .filter((l) => l.path === path)
          .at(-1)?.remote,
    )
    .toBe('127.0.0.5')
  expect(
    serverLog()
      .filter((l) => l.path === path)
      .at(-1)?.peer,
  ).toBe('127.0.0.1')
  expect(serverLog().some((l) => l.remote === '203.0.113.66')).toBe(false)
})

test('the load balancer can probe /healthz, <base>healthz and /readyz without signing in', async ({
  request,
}) => {
  for (const path of ['/healthz', `${BASE_PATH}healthz`]) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', api: 'upstream' })
  }
  const ready = await request.get('/readyz', { maxRedirects: 0 })
  expect(ready.status()).toBe(200)
  expect(await ready.json()).toMatchObject({ status: 'ready', api: 'upstream' })
})

test('a 5 MB lead file uploads through nginx', async ({ page }) => {
  await page.goto(DETAIL)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const notes = 'x'.repeat(10_000)
  const rows = Array.from(
    { length: 500 },
    (_, i) => `+9198765${String(i).padStart(5, '0')},${notes}`,
  )
  const csv = `phone_number,notes\n${rows.join('\n')}\n`
  expect(csv.length).toBeGreaterThan(5_000_000)
  const result = await page.evaluate(
    async ({ url, csv }) => {
      const body = new FormData()
      body.append('file', new File([csv], 'five-megabytes.csv', { type: 'text/csv' }))
      // The app's own header: without it the console refuses a write (cross-site protection).
      const response = await fetch(url, {
        method: 'POST',
        body,
        headers: { 'x-requested-with': 'workflow-console' },
      })
      return { status: response.status, text: await response.text() }
    },
    { url: `${BASE_PATH}v1/workflows/wf_apptready001/leads`, csv },
  )
  expect(result.status, result.text.slice(0, 300)).toBe(201)
  expect(JSON.parse(result.text)).toMatchObject({ leads_enrolled: 500 })
})

test('API answers arrive compressed when the browser accepts it', async ({ page }) => {
  // The list answer is several KiB of JSON; answers under 1 KiB are sent as they are.
  const list = page.waitForResponse((r) => r.url().includes(`${BASE_PATH}v1/workflows?`))
  await page.goto(`${BASE_PATH}workflows`)
  const answer = await list
  expect((await answer.allHeaders())['content-encoding']).toBe('br')
  expect(((await answer.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0)
})
