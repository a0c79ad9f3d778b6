import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'
import { resetUpstream } from './support/mock-control'
import { APP_URL, BUILD_DIR, CANARY_KEY } from './support/setup'

const ROOT = join(import.meta.dirname, '../..')

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
}

test.beforeEach(async ({ request }) => resetUpstream(request))

test('the built files hold no API key, though the build ran with the canary key in its environment', async () => {
  const files = [
    ...(await filesUnder(join(ROOT, BUILD_DIR, 'dist'))),
    ...(await filesUnder(join(ROOT, BUILD_DIR, 'dist-server'))),
  ]
  expect(files.some((f) => f.endsWith('.js'))).toBe(true)
  const leaking: string[] = []
  for (const file of files)
    if ((await readFile(file, 'utf8')).includes(CANARY_KEY)) leaking.push(file)
  expect(leaking).toEqual([])
})

test("no server response, and no line of the server's log, holds the API key", async ({
  page,
  request,
}) => {
  const bodies: string[] = []
  page.on('response', async (response) => {
    const headers = JSON.stringify(await response.allHeaders())
    const body = await response.text().catch(() => '')
    bodies.push(`${response.url()}\n${headers}\n${body}`)
  })
  await page.goto('workflows')
  await page
    .getByRole('table', { name: 'Workflows' })
    .getByRole('link', { name: 'Appointment reminder (ready)' })
    .click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Appointment reminder (ready)' }),
  ).toBeVisible()
  await page.goto('workflows/new')
  await expect(page.getByLabel('Name')).toBeVisible()

  // Everything the server can be asked for directly, including its error answers.
  const assets = (await readdir(join(ROOT, BUILD_DIR, 'dist', 'assets'))).map(
    (name) => `assets/${name}`,
  )
  for (const path of [
    ...assets,
    '',
    'workflows',
    '__session',
    'healthz',
    'v1/workflows',
    'v1/workflows/nope',
    'v1/__mock/state',
  ]) {
    const response = await request.get(`${APP_URL}${path}`)
    bodies.push(`${path}\n${JSON.stringify(response.headers())}\n${await response.text()}`)
  }
  expect(bodies.length).toBeGreaterThan(assets.length)
  expect(bodies.filter((text) => text.includes(CANARY_KEY))).toEqual([])

  const log = await readFile(join(ROOT, BUILD_DIR, 'server.log'), 'utf8')
  expect(log).toContain('"path":"/tools/workflows/v1/workflows"')
  expect(log).not.toContain(CANARY_KEY)
})
