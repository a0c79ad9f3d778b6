import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { resetUpstream } from './support/mock-control'
import { MOCK_URL } from './support/setup'

/**
 * The canvas at real working sizes, through the production server at 1440×900: readable at its
 * default view, and quick to build with by mouse and by keyboard.
 */
test.beforeEach(async ({ request }) => resetUpstream(request))

/** Draft, complete and valid (src/mocks/seed/graphs-drafts.ts). */
const READY = 'wf_apptready001'
/** Active, with leads moving through it: live counts on its steps. */
const NURTURE = 'wf_nurture00001'
const SETUP = { authorization: 'Bearer test-setup' }

type Graph = {
  nodes: { id: string; label: string; node_type: string; config: Record<string, unknown> }[]
  edges: { id: string; from_node_id: string; to_node_id: string; label: string | null }[]
}

async function graphOf(request: APIRequestContext, id: string): Promise<Graph> {
  const [nodes, edges] = await Promise.all(
    ['nodes', 'edges'].map(async (part) => {
      const answer = await request.get(`${MOCK_URL}/v1/workflows/${id}/${part}`, {
        headers: SETUP,
      })
      return ((await answer.json()) as { data: unknown[] }).data
    }),
  )
  return { nodes: nodes as Graph['nodes'], edges: edges as Graph['edges'] }
}

/** "Source -LABEL-> Target" for every connection, by step names: the graph's shape. */
function shape(graph: Graph): string[] {
  const name = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? '?'
  return graph.edges
    .map((e) => `${name(e.from_node_id)} -${e.label ?? ''}-> ${name(e.to_node_id)}`)
    .sort()
}

async function newWorkflow(request: APIRequestContext, title: string): Promise<string> {
  const answer = await request.post(`${MOCK_URL}/v1/workflows`, { headers: SETUP, data: { title } })
  expect(answer.ok()).toBe(true)
  return ((await answer.json()) as { id: string }).id
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const step = (page: Page, name: string) =>
  page.getByRole('group', { name: new RegExp(`^${escape(name)}(\\.|$)`) })

async function open(page: Page, id: string) {
  await page.goto(`workflows/${id}`)
  await expect(page.getByTestId('workflow-canvas')).toBeVisible()
  await expect(page.locator('.react-flow__node').first()).toBeVisible()
}

/** The size on screen, in CSS pixels, of the text of every element matched that is in view. */
async function textSizesInView(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect()
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a
    return [...document.querySelectorAll<HTMLElement>(sel)]
      .filter((el) => {
        const r = el.getBoundingClientRect()
        return r.width > 0 && r.left >= pane.left && r.right <= pane.right && r.top >= pane.top
      })
      .map((el) => ({
        text: el.textContent ?? '',
        px: parseFloat(getComputedStyle(el).fontSize) * zoom,
      }))
  }, selector)
}

test('at its default view a seeded workflow shows every step name and setting, and live counts, at 12 px or more', async ({
  page,
}) => {
  await open(page, READY)
  const names = await textSizesInView(page, '.step-name')
  const settings = await textSizesInView(page, '.step-summary li')
  const outputs = await textSizesInView(page, '.step-output span')
  // The graph is wider than the view at a readable zoom: it opens on its entry step, the rest a pan
  // away (the overview map shows where).
  expect(names.length).toBeGreaterThanOrEqual(2)
  await expect(page.getByRole('img', { name: 'Minimap of the workflow' })).toBeVisible()
  for (const t of [...names, ...settings, ...outputs])
    expect(t.px, `“${t.text}” on screen`).toBeGreaterThanOrEqual(12)
  // The entry step is in view, and no two steps overlap on screen.
  await expect(step(page, 'Voice call step: Reminder call')).toBeInViewport()
  const boxes = await page
    .locator('.react-flow__node')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(
        true,
      )

  await open(page, NURTURE)
  await expect(page.locator('.step-stats').first()).toBeVisible()
  const counts = await textSizesInView(page, '.step-stats')
  expect(counts.length).toBeGreaterThan(0)
  for (const t of counts) expect(t.px, `“${t.text}” on screen`).toBeGreaterThanOrEqual(12)
})

/** Where the middle of a drawn connection is on screen. */
async function middleOf(page: Page, edgeId: string) {
  return page.evaluate((id) => {
    const path = document.querySelector<SVGPathElement>(
      `.react-flow__edge[data-id="${CSS.escape(id)}"] path.react-flow__edge-path`,
    )!
    const p = path.getPointAtLength(path.getTotalLength() / 2)
    const m = path.getScreenCTM()!
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f }
  }, edgeId)
}

test('the “+” on a connection inserts a step into it: both connections rewired through the API, one Undo takes it all back', async ({
  page,
  request,
}) => {
  const before = await graphOf(request, READY)
  const link = before.edges.find((e) =>
    shape({ ...before, edges: [e] })[0]?.startsWith('Wait 2 hours'),
  )!
  await open(page, READY)
  // Bring the connection's end into view the way a person would: find its step.
  await page.locator('.react-flow__pane').click()
  await page.keyboard.press('Control+f')
  await page.keyboard.type('Wait 2 hours')
  await page.keyboard.press('Enter')
  await expect(step(page, 'Wait step: Wait 2 hours')).toBeInViewport()
  // Found steps are selected, their panel open: fold it away to see the connection beside it.
  await page.getByRole('button', { name: 'Fold the settings panel away' }).click()
  // The view glides there (and again as the step's panel opens): point at the connection once
  // it has settled.
  const plus = page.getByRole('button', { name: 'Insert a step into this connection' })
  await expect(async () => {
    const mid = await middleOf(page, link.id)
    await page.mouse.move(mid.x - 3, mid.y - 3)
    await page.mouse.move(mid.x, mid.y)
    await expect(plus).toBeVisible({ timeout: 500 })
  }).toPass({ timeout: 10_000 })
  await page.getByRole('button', { name: 'Insert a step into this connection' }).click()
  const menu = page.getByRole('menu', { name: 'Insert a step here' })
  await expect(menu.getByRole('menuitem', { name: 'Converted' })).toHaveCount(0)
  await menu.getByRole('menuitem', { name: 'Voice call' }).click()

  await expect(step(page, 'Voice call step: Voice call')).toBeVisible()
  await expect
    .poll(async () => shape(await graphOf(request, READY)))
    .toEqual(
      [
        ...shape(before).filter((s) => !s.startsWith('Wait 2 hours')),
        'Wait 2 hours --> Voice call',
        'Voice call -COMPLETED-> Second reminder',
      ].sort(),
    )
  const undo = page.getByRole('button', {
    name: /^Undo insert “Voice call” between “Wait 2 hours” and “Second reminder”$/,
  })
  await expect(undo).toBeEnabled()
  await page.keyboard.press('Control+z')
  await expect(page.getByText(/^Undone: insert “Voice call”/)).toBeVisible()
  await expect.poll(async () => shape(await graphOf(request, READY))).toEqual(shape(before))
  expect((await graphOf(request, READY)).nodes).toHaveLength(before.nodes.length)
})

test('a connection dropped on empty canvas opens the step menu and creates the chosen step already connected', async ({
  page,
  request,
}) => {
  const id = await newWorkflow(request, 'Drop to create')
  await request.post(`${MOCK_URL}/v1/workflows/${id}/nodes`, {
    headers: SETUP,
    data: {
      node_type: 'VOICE_CALL',
      label: 'Opening call',
      position_x: 0,
      position_y: 0,
      config: {},
    },
  })
  await open(page, id)
  const handle = step(page, 'Voice call step: Opening call').locator('[data-handleid="COMPLETED"]')
  await handle.hover()
  const from = (await handle.boundingBox())!
  await page.mouse.down()
  await page.mouse.move(from.x + 260, from.y + 120, { steps: 12 })
  await page.mouse.up()
  const menu = page.getByRole('menu', { name: 'Add the next step' })
  await expect(menu.getByRole('menuitem').first()).toBeFocused()
  await menu.getByRole('menuitem', { name: 'Converted' }).click()

  await expect(step(page, 'Converted step: Converted')).toBeVisible()
  await expect(step(page, 'Converted step: Converted')).toBeInViewport()
  await expect
    .poll(async () => shape(await graphOf(request, id)))
    .toEqual(['Opening call -COMPLETED-> Converted'])
  await expect(
    page.getByRole('button', { name: 'Undo add “Converted” after “Opening call”' }),
  ).toBeEnabled()
})

test('steps copied with Ctrl+C are pasted with their connection into another workflow with Ctrl+V; Ctrl+D duplicates', async ({
  page,
  request,
}) => {
  const target = await newWorkflow(request, 'Paste target')
  await open(page, READY)
  await step(page, 'Wait step: Wait 2 hours').click()
  await step(page, 'Voice call step: Second reminder').click({ modifiers: ['Shift'] })
  await expect(page.getByRole('button', { name: 'Delete selected (2)' })).toBeVisible()
  await page.keyboard.press('Control+c')
  await expect(page.getByText('Copied 2 steps.', { exact: false })).toBeVisible()
  const source = await graphOf(request, READY)
  const second = source.nodes.find((n) => n.label === 'Second reminder')!

  await page.goto(`workflows/${target}`)
  await expect(
    page.getByTestId('workflow-canvas').getByText('No steps yet.', { exact: false }),
  ).toBeVisible()
  await page.locator('.react-flow__pane').click()
  await page.keyboard.press('Control+v')
  await expect(step(page, 'Wait step: Wait 2 hours')).toBeVisible()
  await expect(step(page, 'Voice call step: Second reminder')).toBeVisible()
  const pasted = await graphOf(request, target)
  expect(shape(pasted)).toEqual(['Wait 2 hours --> Second reminder'])
  // Settings come along, agent and number included (both exist in this account).
  expect(pasted.nodes.find((n) => n.label === 'Second reminder')?.config).toEqual(second.config)
  // The pasted steps are selected: Ctrl+D duplicates them, connection included.
  await page.keyboard.press('Control+d')
  await expect(page.locator('.react-flow__node')).toHaveCount(4)
  await expect
    .poll(async () => shape(await graphOf(request, target)))
    .toEqual(['Wait 2 hours --> Second reminder', 'Wait 2 hours --> Second reminder'])
  // One Undo takes the whole duplicate back.
  await page.keyboard.press('Control+z')
  await expect(page.locator('.react-flow__node')).toHaveCount(2)
})

test('Ctrl+F finds a step by name or type and brings it into view with focus', async ({ page }) => {
  await open(page, READY)
  await page.locator('.react-flow__pane').click()
  await page.keyboard.press('Control+f')
  const dialog = page.getByRole('dialog', { name: 'Find a step' })
  const search = dialog.getByRole('combobox', { name: 'Find a step' })
  await expect(search).toBeFocused()
  await page.keyboard.type('application')
  await expect(dialog.getByRole('option')).toHaveCount(1)
  await page.keyboard.press('Backspace')
  await search.fill('could not')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  const found = step(page, 'Dropped step: Could not reach')
  await expect(found).toBeFocused()
  await expect(found).toBeInViewport({ ratio: 0.99 })
})

/** Key presses, counted: each `press` is one, each typed character one. */
function keyCounter(page: Page) {
  let count = 0
  return {
    get count() {
      return count
    },
    async press(key: string, times = 1) {
      for (let i = 0; i < times; i++) await page.keyboard.press(key)
      count += times
    },
    async type(text: string) {
      await page.keyboard.type(text)
      count += text.length
    },
    async tabTo(target: Locator) {
      for (let i = 0; i < 80; i++) {
        if (await target.evaluate((el) => el === document.activeElement)) return
        await page.keyboard.press('Tab')
        count += 1
      }
      throw new Error(`could not Tab to ${target}`)
    },
  }
}

test('keyboard only: “call, wait 2 days if no answer, call again, then drop; interested → converted”, in a counted number of keys', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  const id = await newWorkflow(request, 'Keyboard built')
  await page.goto(`workflows/${id}`)
  await expect(
    page.getByTestId('workflow-canvas').getByText('No steps yet.', { exact: false }),
  ).toBeVisible()
  const keys = keyCounter(page)
  const focused = (name: string) => expect(step(page, name)).toBeFocused()
  const form = page.getByRole('complementary').first()
  /** From the name field: the first agent and the first number (closed selects take arrows), save. */
  const pickAgentAndNumber = async () => {
    await keys.press('Tab')
    await expect(form.getByLabel('Agent')).toBeFocused()
    await keys.press('ArrowDown')
    await keys.press('Tab')
    await expect(form.getByLabel('Call from')).toBeFocused()
    await keys.press('ArrowDown')
    await keys.tabTo(form.getByRole('button', { name: 'Save step' }))
    await keys.press('Enter')
  }

  // The first call, from the palette; its form takes focus.
  await keys.tabTo(page.getByRole('button', { name: 'Add voice call step' }))
  await keys.press('Enter')
  await expect(form.getByLabel('Step name')).toBeFocused()
  await keys.press('Control+a')
  await keys.type('First call')
  await pickAgentAndNumber()
  await expect(form.getByRole('heading', { name: 'Voice call: First call' })).toBeVisible()
  await keys.press('Escape')
  await focused('Voice call step: First call')

  // No answer → a new Wait step.
  await keys.press('c')
  const connect = page.getByRole('dialog', { name: 'Connect “First call” to…' })
  await expect(connect.getByRole('radio', { name: 'Completed' })).toBeChecked()
  await keys.press('Shift+Tab')
  await keys.press('ArrowDown', 2)
  await expect(connect.getByRole('radio', { name: /Did not pick up/ })).toBeChecked()
  await keys.press('Tab')
  await keys.type('new wait')
  await keys.press('Enter')
  await focused('Wait step: Wait')

  // … of 2 days.
  await keys.press('Enter')
  await expect(form.getByLabel('Step name')).toBeFocused()
  await keys.press('Control+a')
  await keys.type('Wait 2 days')
  await keys.tabTo(form.getByLabel('Duration'))
  await keys.press('Control+a')
  await keys.type('2')
  await keys.press('Enter')
  await expect(form.getByRole('heading', { name: 'Wait: Wait 2 days' })).toBeVisible()
  await keys.press('Escape')
  await focused('Wait step: Wait 2 days')

  // Then a second call.
  await keys.press('c')
  await keys.type('new voice')
  await keys.press('Enter')
  await focused('Voice call step: Voice call')
  await keys.press('Enter')
  await keys.press('Control+a')
  await keys.type('Call again')
  await pickAgentAndNumber()
  await expect(form.getByRole('heading', { name: 'Voice call: Call again' })).toBeVisible()
  await keys.press('Escape')

  // Call again: interested → a new Converted step; no answer → a new Dropped step.
  await keys.press('c')
  await keys.type('new conv')
  await keys.press('Enter')
  await focused('Converted step: Converted')
  await keys.press('ArrowLeft')
  await focused('Voice call step: Call again')
  await keys.press('c')
  await keys.press('Shift+Tab')
  await keys.press('ArrowDown')
  await keys.press('Tab')
  await keys.type('new drop')
  await keys.press('Enter')
  await focused('Dropped step: Dropped')

  // Back along the connections to the first call: interested → the same Converted step.
  await keys.press('ArrowLeft')
  await keys.press('ArrowLeft')
  await keys.press('ArrowLeft')
  await focused('Voice call step: First call')
  await keys.press('c')
  await keys.type('conv')
  await keys.press('Enter')

  await expect
    .poll(async () => shape(await graphOf(request, id)))
    .toEqual(
      [
        'Call again -COMPLETED-> Converted',
        'Call again -DNP-> Dropped',
        'First call -COMPLETED-> Converted',
        'First call -DNP-> Wait 2 days',
        'Wait 2 days --> Call again',
      ].sort(),
    )
  const wait = (await graphOf(request, id)).nodes.find((n) => n.label === 'Wait 2 days')
  expect(wait?.config).toMatchObject({ duration_value: 2, duration_unit: 'days' })
  console.log(`keyboard-only build: ${keys.count} key presses`)
  test.info().annotations.push({ type: 'key presses', description: String(keys.count) })
  expect(keys.count).toBeLessThan(150)
})

type Box = { x: number; y: number; width: number; height: number }
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
const within = (a: Box, outer: Box) =>
  a.x >= outer.x &&
  a.y >= outer.y &&
  a.x + a.width <= outer.x + outer.width &&
  a.y + a.height <= outer.y + outer.height

/** The screen box of the first element matched, or null when there is none on screen. */
const boxOf = async (locator: Locator) =>
  (await locator.count()) ? await locator.first().boundingBox() : null

/** Pans the canvas by (dx, dy) the way a person does: drags it from a spot with nothing on it. */
async function panBy(page: Page, dx: number, dy: number) {
  const from = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect()
    for (let y = pane.top + 40; y < pane.bottom - 40; y += 16)
      for (let x = pane.left + 80; x < pane.right - 200; x += 16)
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y }
    return null
  })
  expect(from, 'an empty spot of canvas to drag').not.toBeNull()
  await page.mouse.move(from!.x, from!.y)
  await page.mouse.down()
  await page.mouse.move(from!.x + dx, from!.y + dy, { steps: 10 })
  await page.mouse.up()
}

test('the panel, the overview map and the controls never cover the step being edited; the panel folds away to widen the canvas', async ({
  page,
}) => {
  await open(page, READY)
  const canvas = page.locator('.react-flow')
  const map = page
    .locator('.react-flow__panel')
    .filter({ has: page.getByRole('img', { name: 'Minimap of the workflow' }) })
  const controls = page.locator('.react-flow__controls')
  const panel = page
    .getByRole('complementary')
    .filter({ has: page.locator('#canvas-side-panel-title') })
  /** What covers the step, or leaves it partly off the canvas: nothing, once the view has settled. */
  const coveringOf = async (target: Locator) => {
    const box = (await target.boundingBox())!
    const [panelBox, mapBox, controlsBox, canvasBox] = await Promise.all(
      [panel, map, controls, canvas].map(boxOf),
    )
    return {
      panel: !!panelBox && overlap(box, panelBox),
      map: !!mapBox && overlap(box, mapBox),
      controls: !!controlsBox && overlap(box, controlsBox),
      offCanvas: !canvasBox || !within(box, canvasBox),
    }
  }
  const clear = { panel: false, map: false, controls: false, offCanvas: false }

  // A step dragged under the overview map, at the right of the canvas where the panel will open.
  const second = step(page, 'Voice call step: Second reminder')
  const mapBox = (await boxOf(map))!
  const secondBox = (await second.boundingBox())!
  await panBy(
    page,
    mapBox.x - secondBox.width / 2 - secondBox.x,
    mapBox.y - secondBox.height / 2 - secondBox.y,
  )
  await expect.poll(async () => (await coveringOf(second)).map).toBe(true)
  const canvasWidth = (await canvas.boundingBox())!.width
  const under = (await second.boundingBox())!
  expect(under.x + under.width, 'where the panel will open').toBeGreaterThan(canvasWidth - 320)
  // Clicked where it shows, it opens its panel, and the view moves it clear of everything.
  await second.click({ position: { x: 24, y: 24 } })
  await expect(
    page.getByRole('complementary', { name: /^Voice call: Second reminder/ }),
  ).toBeVisible()
  await expect.poll(() => coveringOf(second)).toEqual(clear)

  // Another step under the zoom controls, at the bottom left, while the panel is open.
  const wait = step(page, 'Wait step: Wait 2 hours')
  const controlsBox = (await boxOf(controls))!
  const waitBox = (await wait.boundingBox())!
  const canvasBox = (await canvas.boundingBox())!
  await panBy(
    page,
    controlsBox.x - 8 - waitBox.x,
    Math.min(controlsBox.y + 8, canvasBox.y + canvasBox.height - waitBox.height - 8) - waitBox.y,
  )
  await expect.poll(async () => (await coveringOf(wait)).controls).toBe(true)
  await wait.click({ position: { x: waitBox.width - 24, y: 24 } })
  await expect(page.getByRole('complementary', { name: /^Wait: Wait 2 hours/ })).toBeVisible()
  await expect.poll(() => coveringOf(wait)).toEqual(clear)

  // "»" folds the panel to a strip: the canvas takes the room, "«" brings the panel back.
  const narrow = (await canvas.boundingBox())!.width
  await page.getByRole('button', { name: 'Fold the settings panel away' }).click()
  await expect(panel).toBeHidden()
  await expect.poll(async () => (await canvas.boundingBox())!.width).toBeGreaterThan(narrow + 200)
  await expect(wait).toHaveClass(/\bselected\b/)
  await page.getByRole('button', { name: 'Show the settings panel' }).click()
  await expect(page.getByRole('complementary', { name: /^Wait: Wait 2 hours/ })).toBeVisible()
  await expect.poll(async () => (await canvas.boundingBox())!.width).toBe(narrow)

  // At 1280×720, opening the panel narrows the canvas and only then brings the overview map up
  // (a step has left the view): the step clicked is still moved clear of it.
  await page.setViewportSize({ width: 1280, height: 720 })
  await open(page, READY)
  const condition = step(page, 'Condition step: Confirmed?')
  await condition.click({ position: { x: 40, y: 15 } })
  await expect(page.getByRole('complementary', { name: /^Condition: Confirmed\?/ })).toBeVisible()
  await expect(map).toBeVisible()
  await expect.poll(() => coveringOf(condition)).toEqual(clear)
})

test('Shift+drag selects the steps inside the box, Shift+click adds and removes one; Delete deletes them all, one Undo brings them back', async ({
  page,
  request,
}) => {
  const before = await graphOf(request, READY)
  await open(page, READY)
  const selected = page.locator('.react-flow__node.selected')
  const first = step(page, 'Voice call step: Reminder call')
  const wait = step(page, 'Wait step: Wait 2 hours')
  // A box around two steps (and whatever else lies wholly inside it on screen).
  const [a, b] = [(await first.boundingBox())!, (await wait.boundingBox())!]
  const box = {
    left: Math.min(a.x, b.x) - 12,
    top: Math.min(a.y, b.y) - 12,
    right: Math.max(a.x + a.width, b.x + b.width) + 12,
    bottom: Math.max(a.y + a.height, b.y + b.height) + 12,
  }
  const inBox = await page.locator('.react-flow__node').evaluateAll(
    (els, r) =>
      els
        .filter((el) => {
          const s = el.getBoundingClientRect()
          return s.left >= r.left && s.top >= r.top && s.right <= r.right && s.bottom <= r.bottom
        })
        .map((el) => el.getAttribute('data-id')),
    box,
  )
  expect(inBox.length).toBeGreaterThanOrEqual(2)
  await page.keyboard.down('Shift')
  await page.mouse.move(box.left, box.top)
  await page.mouse.down()
  await page.mouse.move(box.right, box.bottom, { steps: 12 })
  await page.mouse.up()
  await page.keyboard.up('Shift')
  await expect(selected).toHaveCount(inBox.length)
  await expect(first).toHaveClass(/\bselected\b/)
  await expect(wait).toHaveClass(/\bselected\b/)
  // Several selected: no settings panel; the toolbar counts them with their connections.
  await expect(page.getByRole('complementary', { name: /^Voice call:/ })).toHaveCount(0)
  const links = await page.locator('.react-flow__edge.selected').count()
  expect(links).toBeGreaterThan(0)
  await expect(
    page.getByRole('button', { name: `Delete selected (${inBox.length + links})` }),
  ).toBeVisible()

  // Shift+click adds a step to the selection, and takes one out again.
  const confirmed = step(page, 'Condition step: Confirmed?')
  await expect(confirmed).not.toHaveClass(/\bselected\b/)
  await confirmed.click({ modifiers: ['Shift'] })
  await expect(selected).toHaveCount(inBox.length + 1)
  await expect(confirmed).toHaveClass(/\bselected\b/)
  await wait.click({ modifiers: ['Shift'] })
  await expect(selected).toHaveCount(inBox.length)
  await expect(wait).not.toHaveClass(/\bselected\b/)

  // Delete acts on every selected step (and only on them).
  const chosen = await selected.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))
  await page.keyboard.press('Delete')
  await expect(selected).toHaveCount(0)
  await expect
    .poll(async () => (await graphOf(request, READY)).nodes.map((n) => n.id).sort())
    .toEqual(
      before.nodes
        .map((n) => n.id)
        .filter((id) => !chosen.includes(id))
        .sort(),
    )
  await expect(wait).toBeVisible()
  // One Undo brings them all back, connections included.
  await expect(
    page.getByRole('button', { name: new RegExp(`^Undo delete ${chosen.length} steps`) }),
  ).toBeEnabled()
  await page.keyboard.press('Control+z')
  await expect.poll(async () => shape(await graphOf(request, READY))).toEqual(shape(before))
  await expect(page.locator('.react-flow__node')).toHaveCount(before.nodes.length)
})
