import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { resetMock, watchConsole } from './support'

test.beforeEach(async ({ request }) => resetMock(request))

/** Draft, complete and valid (see src/mocks/seed/graphs-drafts.ts). */
const READY = '/workflows/wf_apptready001'
const COMPLETED = '/workflows/wf_npssurvey001'
/** Paused: live, but its leads do not move during the test. */
const LIVE = '/workflows/wf_renewal00001'

const node = (page: Page, name: string | RegExp) =>
  page.getByRole('group', {
    name: typeof name === 'string' ? new RegExp(`^${escape(name)}(\\.|$)`) : name,
  })
/** A connection is not a Tab stop (the canvas is one); it is an image with a name. */
const edge = (page: Page, name: string) =>
  page.getByRole('img', { name: new RegExp(`^${escape(name)}(\\.|$)`) })
const FIT = 'Fit the workflow in view at a readable size'
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const apiCall = (page: Page, method: string, path: RegExp, status?: number) =>
  page.waitForResponse(
    (r) =>
      r.request().method() === method &&
      path.test(new URL(r.url()).pathname) &&
      (!status || r.status() === status),
  )

/**
 * The canvas opens at a readable zoom, where a wide graph needs panning; a mouse drag between two
 * far-apart steps needs both on screen, so zoom out (not so far that the words and handles are
 * no longer drawn, below 0.3) until both handles are well inside the canvas.
 */
async function zoomOutToShow(page: Page, ...handles: Locator[]) {
  const pane = page.locator('.react-flow__pane')
  const inView = async () => {
    const view = await pane.boundingBox()
    for (const h of handles) {
      const box = await h.boundingBox()
      if (!view || !box) return false
      // Clear of the edges too: a drag near them pans the canvas under the pointer.
      const m = 60
      if (box.x < view.x + m || box.y < view.y + m) return false
      if (box.x > view.x + view.width - m || box.y > view.y + view.height - m) return false
    }
    return true
  }
  const zoom = () =>
    page
      .locator('.react-flow__viewport')
      .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a)
  for (let i = 0; i < 8 && !(await inView()) && (await zoom()) > 0.36; i++) {
    await page.getByRole('button', { name: 'Zoom Out' }).click()
    await page.waitForTimeout(150)
  }
}

/** A real mouse drag from an output handle to an input handle (hover checks nothing covers them). */
async function connect(page: Page, from: Locator, to: Locator) {
  await zoomOutToShow(page, from, to)
  await from.hover()
  await page.mouse.down()
  const target = await to.boundingBox()
  if (!target) throw new Error('target handle not visible')
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2 - 20, {
    steps: 12,
  })
  await to.hover()
  await page.mouse.up()
}

async function open(page: Page, path: string) {
  await page.goto(path)
  await expect(page.getByTestId('workflow-canvas')).toBeVisible()
}

test('a seeded workflow shows its steps and labelled connections', async ({ page }) => {
  const problems = watchConsole(page)
  await open(page, READY)
  for (const name of [
    'Voice call step: Reminder call',
    'Condition step: Confirmed?',
    'Converted step: Appointment confirmed',
    'Application step: WhatsApp reschedule link',
    'Wait step: Wait 2 hours',
    'Dropped step: Could not reach',
  ])
    await expect(node(page, name)).toBeVisible()
  await expect(node(page, 'Voice call step: Reminder call')).toContainText(
    'Agent: Neha – Clinic appointments',
  )
  await expect(node(page, 'Wait step: Wait 2 hours')).toContainText('Wait 2 hours')
  await expect(edge(page, 'COMPLETED path from Reminder call to Confirmed?')).toHaveCount(1)
  await expect(edge(page, 'true path from Confirmed? to Appointment confirmed')).toHaveCount(1)
  await expect(edge(page, 'Default path from Wait 2 hours to Second reminder')).toHaveCount(1)
  // An output's name is printed in the step beside its handle; the edge label adds only icons
  // and counts, and this draft has none.
  for (const title of ['Completed', 'Did not pick up', 'Failed', 'True', 'False', 'Success'])
    await expect(page.locator('.step-output').filter({ hasText: title }).first()).toBeAttached()
  await expect(page.locator('[data-edge-label]')).toHaveCount(0)
  await expect(page.getByRole('img', { name: 'Minimap of the workflow' })).toBeVisible()
  await expect(page.getByRole('button', { name: FIT })).toBeVisible()
  expect(problems).toEqual([])
})

test('adds a voice call, picks agent and number, connects COMPLETED to a converted step, and it is all saved', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await open(page, READY)

  const created = apiCall(page, 'POST', /\/nodes$/, 201)
  await page.getByRole('button', { name: 'Add voice call step' }).click()
  const newId = ((await (await created).json()) as { id: string }).id

  const panel = page.getByRole('complementary', { name: /^Voice call:/ })
  // Added from the keyboard or mouse, the new step's form takes focus.
  await expect(panel.getByLabel('Step name')).toBeFocused()
  await panel.getByLabel('Step name').fill('Follow-up call')
  await panel.getByLabel('Agent').selectOption({ label: 'Priya – Loan pre-approval' })
  await panel.getByLabel('Call from').selectOption({ label: 'Mumbai sales · +912235550101' })
  const saved = apiCall(page, 'PATCH', new RegExp(`/nodes/${newId}$`), 200)
  await panel.getByRole('button', { name: 'Save step' }).click()
  expect((await saved).request().postDataJSON()).toEqual({
    label: 'Follow-up call',
    config: {
      agent_id: 'agt_priyaloan001',
      from_phone_number: '+912235550101',
      phone_number_id: 'phn_mumbai000001',
    },
  })

  await panel.getByRole('button', { name: 'Close the settings panel' }).click()
  await page.getByRole('button', { name: FIT }).click()
  const call = node(page, 'Voice call step: Follow-up call')
  await expect(call).toContainText('Agent: Priya – Loan pre-approval')
  const linked = apiCall(page, 'POST', /\/edges$/, 201)
  await connect(
    page,
    call.locator('[data-handleid="COMPLETED"]'),
    node(page, 'Converted step: Appointment confirmed').locator('[data-handleid="in"]'),
  )
  expect((await linked).request().postDataJSON()).toEqual({
    from_node_id: newId,
    to_node_id: expect.any(String),
    label: 'COMPLETED',
  })
  await expect(
    edge(page, 'COMPLETED path from Follow-up call to Appointment confirmed'),
  ).toHaveCount(1)

  await page.reload()
  await expect(node(page, 'Voice call step: Follow-up call')).toContainText(
    'From: Mumbai sales (+912235550101)',
  )
  await expect(
    edge(page, 'COMPLETED path from Follow-up call to Appointment confirmed'),
  ).toHaveCount(1)
  expect(problems).toEqual([])
})

test('deleting a step with the Delete key removes its connections too', async ({ page }) => {
  await open(page, READY)
  const wait = node(page, 'Wait step: Wait 2 hours')
  await wait.click()
  const deleted = apiCall(page, 'DELETE', /\/nodes\/[^/]+$/, 200)
  await page.keyboard.press('Delete')
  await expect(wait).toHaveCount(0)
  await expect(edge(page, 'DNP path from Reminder call to Wait 2 hours')).toHaveCount(0)
  await expect(edge(page, 'Default path from Wait 2 hours to Second reminder')).toHaveCount(0)
  await deleted
  await page.reload()
  await expect(node(page, 'Voice call step: Reminder call')).toBeVisible()
  await expect(node(page, 'Wait step: Wait 2 hours')).toHaveCount(0)
  await expect(edge(page, 'DNP path from Reminder call to Wait 2 hours')).toHaveCount(0)
})

test('a connection the API refuses (a duplicate) is rolled back with a toast', async ({ page }) => {
  await open(page, READY)
  const refused = apiCall(page, 'POST', /\/edges$/, 409)
  await connect(
    page,
    node(page, 'Voice call step: Reminder call').locator('[data-handleid="COMPLETED"]'),
    node(page, 'Condition step: Confirmed?').locator('[data-handleid="in"]'),
  )
  await refused
  await expect(
    page.getByText(/Could not connect the steps: An edge from .* already exists/),
  ).toBeVisible()
  await expect(edge(page, 'COMPLETED path from Reminder call to Confirmed?')).toHaveCount(1)
})

test('connects and deletes from the keyboard, through the step panel', async ({ page }) => {
  await open(page, READY)
  const call = node(page, 'Voice call step: Second reminder')
  await call.focus()
  await page.keyboard.press('Enter')
  const panel = page.getByRole('complementary', { name: 'Voice call: Second reminder' })
  const next = panel.getByLabel('When failed, go to')
  await expect(next).toHaveValue(/.+/)
  await next.focus()
  const created = apiCall(page, 'POST', /\/edges$/, 201)
  await next.selectOption({ label: 'Appointment confirmed (Converted)' })
  await created
  await expect(edge(page, 'FAILED path from Second reminder to Appointment confirmed')).toHaveCount(
    1,
  )
  await expect(edge(page, 'FAILED path from Second reminder to Could not reach')).toHaveCount(0)

  await panel.getByRole('button', { name: 'Delete step' }).press('Enter')
  await expect(call).toHaveCount(0)
  await expect(page.locator('.react-flow__node:focus')).toHaveCount(1)
  await expect(edge(page, 'FAILED path from Second reminder to Appointment confirmed')).toHaveCount(
    0,
  )
})

test('a completed workflow opens read-only', async ({ page }) => {
  await open(page, COMPLETED)
  await expect(page.getByText(/can be viewed but not changed/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add voice call step' })).toHaveCount(0)
  const first = page.locator('.react-flow__node').first()
  await first.click()
  const panel = page.getByRole('complementary', { name: /:/ })
  await expect(panel.getByLabel('Step name')).toBeDisabled()
  await expect(panel.getByRole('button', { name: 'Save step' })).toHaveCount(0)
  await expect(panel.getByRole('button', { name: 'Delete step' })).toHaveCount(0)
})

test('the first edit of a live (paused) workflow asks for confirmation; later edits do not', async ({
  page,
}) => {
  await open(page, LIVE)
  await expect(page.getByText(/changes reach its leads on the next scheduling tick/)).toBeVisible()
  const step = page.locator('.react-flow__node').first()
  await step.click()
  const panel = page.getByRole('complementary', { name: /:/ })
  const nameField = panel.getByLabel('Step name')
  await nameField.fill('Renamed once')
  await panel.getByRole('button', { name: 'Save step' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit a live workflow?' })
  await expect(dialog).toContainText('next scheduling tick')
  const saved = apiCall(page, 'PATCH', /\/nodes\/[^/]+$/, 200)
  await dialog.getByRole('button', { name: 'Make the change' }).click()
  await saved
  await nameField.fill('Renamed twice')
  const again = apiCall(page, 'PATCH', /\/nodes\/[^/]+$/, 200)
  await panel.getByRole('button', { name: 'Save step' }).click()
  await again
  await expect(dialog).toHaveCount(0)
  await expect(node(page, /step: Renamed twice/)).toBeVisible()
})

test('the canvas and its step panel have no axe violations', async ({ page }) => {
  await open(page, READY)
  await node(page, 'Voice call step: Reminder call').click()
  await expect(page.getByRole('complementary', { name: /^Voice call:/ })).toBeVisible()
  const results = await new AxeBuilder({ page })
    .include('[data-testid="workflow-canvas"]')
    .analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([])
})

test('moving a step saves its position when the drag ends', async ({ page, request }) => {
  await open(page, READY)
  const wait = node(page, 'Wait step: Wait 2 hours')
  const box = await wait.boundingBox()
  if (!box) throw new Error('node not visible')
  const moved = apiCall(page, 'PATCH', /\/nodes\/[^/]+$/, 200)
  await page.mouse.move(box.x + 60, box.y + 20)
  await page.mouse.down()
  await page.mouse.move(box.x + 60, box.y + 90, { steps: 10 })
  // A drag only moves the step: it opens no settings (which would narrow the canvas and pan it
  // away from where the step was put); a click does.
  const panel = page.getByRole('complementary', { name: 'Wait: Wait 2 hours' })
  await expect(panel).toBeHidden()
  // It passes over the other steps, not under them.
  const layers = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((n) => ({
      dragged: n.classList.contains('dragging'),
      z: Number(getComputedStyle(n).zIndex) || 0,
    })),
  )
  const draggedZ = layers.find((l) => l.dragged)?.z ?? -1
  expect(draggedZ).toBeGreaterThan(Math.max(...layers.filter((l) => !l.dragged).map((l) => l.z)))
  await page.mouse.up()
  const body = (await moved).request().postDataJSON() as Record<string, number>
  await expect(panel).toBeHidden()
  await expect(node(page, 'Wait step: Wait 2 hours')).not.toHaveClass(/selected/)
  await node(page, 'Wait step: Wait 2 hours').click({ position: { x: 60, y: 20 } })
  await expect(panel).toBeVisible()
  expect(Object.keys(body).sort()).toEqual(['position_x', 'position_y'])
  const nodes = await (await request.get('/v1/workflows/wf_apptready001/nodes')).json()
  const stored = (nodes.data as { label: string; position_y: number }[]).find(
    (n) => n.label === 'Wait 2 hours',
  )
  expect(stored?.position_y).toBe(body.position_y)
  expect(body.position_y).toBeGreaterThan(250 + 40)
})

test('zoomed far out, steps and edges show as shapes and keep their names for screen readers', async ({
  page,
}) => {
  await open(page, READY)
  const wait = node(page, 'Wait step: Wait 2 hours')
  const title = wait.getByText('Wait 2 hours', { exact: true }).first()
  await expect(title).toBeVisible()
  const zoomOut = page.getByRole('button', { name: 'Zoom Out' })
  for (let i = 0; i < 6; i++) await zoomOut.click()
  await expect(title).toBeHidden()
  await expect(page.locator('[data-edge-label]').first()).toBeHidden()
  await expect(wait).toBeVisible()
  await page.getByRole('button', { name: FIT }).click()
  await expect(title).toBeVisible()
})

test('pressing on the minimap moves the view there', async ({ page }) => {
  await open(page, READY)
  const panX = () =>
    page
      .locator('.react-flow__viewport')
      .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).e)
  const before = await panX()
  const map = page.getByRole('img', { name: 'Minimap of the workflow' })
  const box = await map.boundingBox()
  if (!box) throw new Error('minimap not visible')
  // Its left edge is left of every step: the view centres there, so the graph slides right.
  await page.mouse.click(box.x + 4, box.y + box.height / 2)
  await expect.poll(panX).toBeGreaterThan(before + 100)
})

test('the canvas stays put once shown: the demo bar is there from the first paint', async ({
  page,
}) => {
  await open(page, READY)
  const paneTop = () =>
    page.locator('.react-flow__pane').evaluate((el) => el.getBoundingClientRect().top)
  const first = await paneTop()
  await expect(page.getByRole('region', { name: 'Demo controls' })).toBeVisible()
  await page.waitForTimeout(500)
  expect(await paneTop()).toBe(first)
})

test('a step dragged from the palette is created where it is dropped', async ({ page }) => {
  await open(page, READY)
  const created = apiCall(page, 'POST', /\/nodes$/, 201)
  await page
    .getByRole('button', { name: 'Add dropped step' })
    .dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 120, y: 80 } })
  expect((await created).request().postDataJSON()).toMatchObject({ node_type: 'DROPPED' })
  await expect(node(page, /^Dropped step: Dropped/)).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Dropped: Dropped' })).toBeVisible()
})

test('a save the API refuses rolls back the canvas, says why and keeps what was typed', async ({
  page,
}) => {
  await open(page, READY)
  await page.route(/\/v1\/workflows\/[^/]+\/nodes\/[^/]+$/, (route) =>
    route.request().method() === 'PATCH'
      ? route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({ statusCode: 400, message: ['label is too long for the dialer'] }),
        })
      : route.fallback(),
  )
  await node(page, 'Wait step: Wait 2 hours').click()
  const panel = page.getByRole('complementary', { name: 'Wait: Wait 2 hours' })
  await panel.getByLabel('Step name').fill('Wait until the customer is back from holiday')
  await panel.getByLabel('Duration').fill('5')
  await panel.getByRole('button', { name: 'Save step' }).click()
  await expect(
    page.getByText('Could not save the step: label is too long for the dialer'),
  ).toBeVisible()
  await expect(panel.getByRole('alert')).toContainText('Your changes are still here')
  await expect(node(page, 'Wait step: Wait 2 hours')).toHaveCount(1)
  await expect(node(page, /Wait until the customer/)).toHaveCount(0)
  await expect(panel.getByLabel('Step name')).toHaveValue(
    'Wait until the customer is back from holiday',
  )
  await expect(panel.getByLabel('Duration')).toHaveValue('5')
})

/** The seeds are stored tidy: pile READY's steps up (through the API) so there is something to tidy. */
async function untidy(request: APIRequestContext) {
  const body = await (await request.get('/v1/workflows/wf_apptready001/nodes')).json()
  for (const [i, n] of (body.data as { id: string }[]).entries()) {
    const moved = await request.patch(`/v1/workflows/wf_apptready001/nodes/${n.id}`, {
      data: { position_x: 1000 + i * 30, position_y: 700 + i * 20 },
    })
    expect(moved.ok()).toBe(true)
  }
}

/** READY's stored step positions, "id x,y" sorted: what the API holds. */
async function storedPositions(request: APIRequestContext) {
  const body = await (await request.get('/v1/workflows/wf_apptready001/nodes')).json()
  return (body.data as { id: string; position_x: number; position_y: number }[])
    .map((n) => `${n.id} ${n.position_x},${n.position_y}`)
    .sort()
}

test('tidy up lays the graph out left to right and saves every position', async ({
  page,
  request,
}) => {
  await untidy(request)
  await open(page, READY)
  const patched: string[] = []
  page.on('response', (r) => {
    if (r.request().method() === 'PATCH' && r.status() === 200) patched.push(r.url())
  })
  await page.getByRole('button', { name: 'Tidy up' }).click()
  await expect.poll(() => patched.length).toBe(8)
  const body = await (await request.get('/v1/workflows/wf_apptready001/nodes')).json()
  const x = new Map(
    (body.data as { label: string; position_x: number }[]).map((n) => [n.label, n.position_x]),
  )
  const order = ['Reminder call', 'Confirmed?', 'WhatsApp reschedule link', 'Reschedule link sent']
  for (const [a, b] of order.slice(1).map((name, i) => [order[i] ?? '', name] as const))
    expect(x.get(b)).toBeGreaterThan(x.get(a) ?? Infinity)

  // Once tidy, another click says so and saves nothing.
  await expect(page.getByTestId('tidy-progress')).toHaveCount(0)
  await page.getByRole('button', { name: 'Tidy up', exact: true }).click()
  await expect(page.getByText('Already tidy: no step needed moving.')).toBeVisible()
  expect(patched).toHaveLength(8)
})

test('tidy up shows its progress, Cancel puts every step back, and one Undo takes a finished tidy-up back', async ({
  page,
  request,
}) => {
  await untidy(request)
  await open(page, READY)
  const positions = () => storedPositions(request)
  const before = await positions()
  const progress = page.getByTestId('tidy-progress')
  try {
    // Slow answers, so the progress can be seen and cancelled half way.
    await request.post('/v1/__mock/faults', { data: { latencyMs: 400 } })
    await page.getByRole('button', { name: 'Tidy up' }).click()
    const bar = progress.getByRole('progressbar', { name: /^Tidying up: \d of 8 steps saved$/ })
    await expect(bar).toHaveAttribute('aria-valuemax', '8')
    await expect(bar).toHaveAttribute('aria-valuenow', /^[1-7]$/, { timeout: 5000 })
    await progress.getByRole('button', { name: 'Cancel' }).click()
    await expect(progress).toHaveCount(0, { timeout: 10_000 })
  } finally {
    await request.post('/v1/__mock/faults', { data: { reset: true } })
  }
  expect(await positions()).toEqual(before)
  await expect(page.getByRole('button', { name: 'Undo tidy up' })).toHaveCount(0)

  await page.getByRole('button', { name: 'Tidy up' }).click()
  const undo = page.getByRole('button', { name: 'Undo tidy up' })
  await expect(undo).toBeEnabled()
  expect(await positions()).not.toEqual(before)
  await undo.click()
  await expect(page.getByRole('button', { name: 'Redo tidy up' })).toBeEnabled()
  expect(await positions()).toEqual(before)
})

test('a tidy-up the server refuses puts every step back and says so', async ({ page, request }) => {
  await untidy(request)
  const stored = () => storedPositions(request)
  const before = await stored()
  await open(page, `${READY}?faults=writes:500`)
  await expect(page.locator('.react-flow__node')).toHaveCount(8)
  const drawn = () =>
    page.locator('.react-flow__node').evaluateAll((ns) => ns.map((n) => n.style.transform).join())
  const shown = await drawn()
  await page.getByRole('button', { name: 'Tidy up', exact: true }).click()
  await expect(
    page.getByText(/^Could not save the move, so no step moved: .*internal server error/i),
  ).toBeVisible()
  await expect.poll(drawn).toBe(shown)
  await expect(page.getByTestId('tidy-progress')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Undo tidy up' })).toHaveCount(0)
  expect(await stored()).toEqual(before)
})

test('a change that waits on a slow server shows its progress, then the result', async ({
  page,
  request,
}) => {
  await open(page, READY)
  await expect(page.locator('.react-flow__node')).toHaveCount(8)
  await node(page, 'Voice call step: Second reminder').click()
  try {
    await request.post('/v1/__mock/faults', { data: { latencyMs: 1500 } })
    await page.keyboard.press('Control+d')
    await expect(page.getByText('Duplicate 1 step: 0 of 1 changes…')).toBeVisible()
  } finally {
    await request.post('/v1/__mock/faults', { data: { reset: true } })
  }
  await expect(page.locator('.react-flow__node')).toHaveCount(9)
  await expect(page.getByText(/changes…$/)).toHaveCount(0)
})

test('leaving with unsaved step settings asks first and keeps the typing on "Stay"', async ({
  page,
}) => {
  await open(page, READY)
  await node(page, 'Voice call step: Second reminder').focus()
  await page.keyboard.press('Enter')
  const panel = page.getByRole('complementary', { name: 'Voice call: Second reminder' })
  await panel.getByLabel('Step name').fill('Second reminder (edited)')
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Workflows' })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Stay and keep editing' }).click()
  await expect(page).toHaveURL(/wf_apptready001/)
  await expect(panel.getByLabel('Step name')).toHaveValue('Second reminder (edited)')
})

test('a connection drawn by mouse from a Wait step is saved without a label (its handle id is not an outcome)', async ({
  page,
}) => {
  await open(page, READY)
  const created = apiCall(page, 'POST', /\/nodes$/, 201)
  await page.getByRole('button', { name: 'Add wait step' }).click()
  const newId = ((await (await created).json()) as { id: string }).id
  await page.getByRole('button', { name: 'Close the settings panel' }).click()
  await page.getByRole('button', { name: FIT }).click()
  const wait = page.locator(`.react-flow__node[data-id="${newId}"]`)
  const linked = apiCall(page, 'POST', /\/edges$/, 201)
  await connect(
    page,
    wait.locator('[data-handleid="next"]'),
    node(page, 'Converted step: Appointment confirmed').locator('[data-handleid="in"]'),
  )
  const body = (await linked).request().postDataJSON() as Record<string, unknown>
  expect(body).toEqual({ from_node_id: newId, to_node_id: expect.any(String) })
  await expect(wait).toHaveAttribute('aria-label', /^Wait step: /)
  const waitName = ((await wait.getAttribute('aria-label')) ?? '').replace(
    /^Wait step: |\..*$/g,
    '',
  )
  await expect(edge(page, `Default path from ${waitName} to Appointment confirmed`)).toHaveCount(1)
})
