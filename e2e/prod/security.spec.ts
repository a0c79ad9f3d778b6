import { createServer, type Server } from 'node:http'
import { expect, test } from './support/fixtures'
import { resetUpstream, upstreamJournal } from './support/mock-control'
import { APP_URL, PORTAL_ORIGIN, PORTS, STRANGER_ORIGIN } from './support/setup'

test.beforeEach(async ({ request }) => resetUpstream(request))

function directives(csp: string | undefined): Map<string, string> {
  return new Map(
    (csp ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/)
      return [name, values.join(' ')]
    }),
  )
}

test('HTML carries the CSP and security headers; assets are cached for a year; API answers are not stored', async ({
  request,
}) => {
  const html = await request.get(`${APP_URL}workflows`)
  const csp = directives(html.headers()['content-security-policy'])
  expect(csp.get('script-src')).toBe("'self'")
  expect(csp.get('object-src')).toBe("'none'")
  expect(csp.get('base-uri')).toBe("'none'")
  expect(csp.get('frame-ancestors')).toBe(PORTAL_ORIGIN)
  expect(html.headers()['x-content-type-options']).toBe('nosniff')
  expect(html.headers()['referrer-policy']).toBe('same-origin')
  expect(html.headers()['cache-control']).toBe('no-store')

  const script = /src="([^"]+\.js)"/.exec(await html.text())?.[1]
  expect(script).toMatch(/^\/tools\/workflows\/assets\//)
  const asset = await request.get(new URL(script ?? '', APP_URL).href)
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable')

  const api = await request.get(`${APP_URL}v1/workflows`)
  expect(api.ok()).toBe(true)
  expect(api.headers()['cache-control']).toBe('no-store')
})

test('every screen works under the CSP without a violation', async ({ page }) => {
  // The guard fixture fails the test on any CSP violation or console error.
  await page.goto('workflows')
  await page
    .getByRole('table', { name: 'Workflows' })
    .getByRole('link', { name: 'Loan pre-approval nurture' })
    .click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Loan pre-approval nurture' }),
  ).toBeVisible()
  await expect(page.locator('.react-flow__node').first()).toBeVisible()
  // Opened by its address, the screen's code is fetched beside the app's own (a script of ours,
  // not inline: scripts/route-preload.ts), under the CSP and the base path.
  const preloaded = page.locator('link[data-route-preload][rel="modulepreload"]')
  // When the first step shows: what the screen waited for was fetched before it (code fetched
  // when the browser is idle afterwards, for dialogs, toasts and the layout, is not on the way).
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector('.react-flow__node')) return
      ;(window as { __firstStepAt?: number }).__firstStepAt = performance.now()
      seen.disconnect()
    })
    seen.observe(document, { childList: true, subtree: true })
  })
  await page.reload()
  await expect(page.locator('.react-flow__node').first()).toBeVisible()
  await expect(preloaded.and(page.locator('[href*="/assets/_workflowId-"]'))).toHaveCount(1)
  // Over HTTP/1.1 six files load at a time: the app and the screen come in a handful of files
  // (scripts/chunk-groups.ts), not the two dozen that queued behind each other; the demo bar's
  // controls come beside them, dialogs' code once the browser is idle.
  const firstStepAt = await page.evaluate(
    () => (window as { __firstStepAt?: number }).__firstStepAt ?? Infinity,
  )
  const loaded = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({
      path: new URL(e.name).pathname + new URL(e.name).search,
      start: e.startTime,
      end: (e as PerformanceResourceTiming).responseEnd,
    })),
  )
  const scripts = loaded.filter((r) => r.path.endsWith('.js') && r.start < firstStepAt)
  expect(firstStepAt).toBeLessThan(Infinity)
  expect(scripts.length, scripts.map((r) => r.path).join('\n')).toBeLessThanOrEqual(10)
  // Its data too: the reads start beside the app's code, and the app takes every answer instead
  // of asking a second time (src/app/early-reads.ts).
  const firstNodes = loaded.filter((r) => /\/v1\/workflows\/[^/]+\/nodes\?page=1/.test(r.path))
  expect(firstNodes).toHaveLength(1)
  const early = await page.evaluate(() => {
    const reads = (window as { __earlyReads?: { responses: object } }).__earlyReads
    return reads && Object.keys(reads.responses)
  })
  expect(early, 'early reads, all taken').toEqual([])
  await page.getByRole('link', { name: 'Workflows', exact: true }).first().click()
  await page.reload()
  await expect(page.getByRole('table', { name: 'Workflows' })).toBeVisible()
  await expect(preloaded.and(page.locator('[href*="/assets/_workflowId-"]'))).toHaveCount(0)
  await expect(preloaded.and(page.locator('[href*="/assets/workflows-"]'))).toHaveCount(1)
  await page.getByRole('link', { name: 'Create workflow' }).click()
  await expect(page.getByLabel('Name')).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Name')).toBeVisible()
})

test.describe('embedding in a portal', () => {
  const servers: Server[] = []
  const portalPage = `<!doctype html><title>Company portal</title><h1>Company portal</h1>
    <iframe title="Workflow Console" src="${APP_URL}workflows" width="1200" height="700"></iframe>`

  test.beforeAll(async () => {
    for (const port of [PORTS.portal, PORTS.stranger]) {
      const server = createServer((_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html' }).end(portalPage),
      )
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
      servers.push(server)
    }
  })
  test.afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
  })

  test.describe('from the configured portal origin', () => {
    test.use({ extraOrigins: [PORTAL_ORIGIN] })

    test('the app loads inside the frame', async ({ page }) => {
      await page.goto(PORTAL_ORIGIN)
      const frame = page.frameLocator('iframe[title="Workflow Console"]')
      await expect(frame.getByRole('table', { name: 'Workflows' })).toBeVisible()
    })
  })

  test.describe('writes from another site', () => {
    test.use({
      extraOrigins: [STRANGER_ORIGIN],
      expectedConsoleErrors: [/frame-ancestors|status of 403|CORS policy|net::ERR_FAILED/],
    })

    test('a page there cannot write through the console: no-cors posts and form uploads are refused', async ({
      page,
      request,
    }) => {
      await page.goto(STRANGER_ORIGIN)
      const statuses = await page.evaluate(async (app) => {
        const form = new FormData()
        form.set('file', new File(['phone_number\n9876543210\n'], 'l.csv', { type: 'text/csv' }))
        const sent = await Promise.all([
          fetch(`${app}v1/workflows`, {
            method: 'POST',
            mode: 'no-cors',
            headers: { 'content-type': 'text/plain' },
            body: '{"title":"Written from another site"}',
          }),
          fetch(`${app}v1/workflows/wf_apptready001/leads`, {
            method: 'POST',
            mode: 'no-cors',
            body: form,
          }),
        ])
        // A DELETE can only be sent with CORS: its preflight is refused, so it never leaves.
        const deleted = await fetch(`${app}v1/workflows/wf_apptready001`, {
          method: 'DELETE',
        }).then(
          () => 'sent',
          () => 'blocked',
        )
        return [...sent.map((r) => r.type), deleted]
      }, APP_URL)
      expect(statuses).toEqual(['opaque', 'opaque', 'blocked'])
      const journal = await upstreamJournal(request)
      expect(journal.filter((e) => e.method !== 'GET' && !e.path.startsWith('/v1/__mock'))).toEqual(
        [],
      )
      const list = await request.get(
        `${APP_URL}v1/workflows?search=${encodeURIComponent('another site')}`,
      )
      expect(((await list.json()) as { data: unknown[] }).data).toEqual([])
    })
  })

  test.describe('from any other origin', () => {
    test.use({ extraOrigins: [STRANGER_ORIGIN], expectedConsoleErrors: [/frame-ancestors/] })

    test('the browser refuses to frame the app', async ({ page }) => {
      const refusal = page.waitForEvent('console', (m) => /frame-ancestors/.test(m.text()))
      await page.goto(STRANGER_ORIGIN)
      await refusal
      const frame = page.frameLocator('iframe[title="Workflow Console"]')
      await expect(frame.getByRole('table', { name: 'Workflows' })).toHaveCount(0)
      await expect(frame.getByText('Workflow Console')).toHaveCount(0)
    })
  })
})
