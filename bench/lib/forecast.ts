import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Browser } from '@playwright/test'
import { thirtyStepGraph } from '../forecast-graph'
import { VIEWPORT } from './browser'
import { inBatches, type MockApi } from './mock-api'
import { NAME_SHIM } from './probe'
import { round } from './stats'

export type ForecastNodeFigure = {
  leads: number
  steps: number
  days: number
  calls: number
  coldMs: number
  warmMedianMs: number
  warmMaxMs: number
  budgetMs: number
}
export type ForecastScreenFigure = {
  leads: number
  /** Click on "Forecast" → the simulated summary painted (reading every lead page included). */
  clickToSummaryMs: number
  /** The worker's own simulation time, as the screen reports it. */
  workerMs: number
  /** The longest main-thread frame between the click and the summary. */
  longestFrameMs: number
}

/** The simulation alone in a plain Node process (bench/forecast-bench.ts). */
export async function forecastNodeFigure(root: string): Promise<ForecastNodeFigure> {
  const { stdout } = await promisify(execFile)(
    join(root, 'node_modules/.bin/tsx'),
    [join(root, 'bench/forecast-bench.ts'), '--json'],
    { cwd: root, maxBuffer: 1 << 20 },
  )
  return (JSON.parse(stdout) as { figure: ForecastNodeFigure }).figure
}

type Created = { id: string }
type PhoneNumber = {
  id: string
  phone_number: string
  status: string
  outbound_agent_id: string | null
}

/** A draft with the 30-step graph and `leads` enrolled leads, through the public API. */
async function seedForecastWorkflow(api: MockApi, origin: string, leads: number) {
  const numbers = (await api.get<{ data: PhoneNumber[] }>('/organization-phone-numbers?limit=100'))
    .data
  const number = numbers.find((n) => n.status === 'active' && n.outbound_agent_id) as PhoneNumber
  const call = {
    agent_id: number.outbound_agent_id,
    phone_number_id: number.id,
    from_phone_number: number.phone_number,
  }
  const workflow = await api.post<Created>('/workflows', { title: 'Bench forecast 10k leads' })
  const base = `/workflows/${workflow.id}`
  const { steps, links } = thirtyStepGraph()
  const ids = new Map<string, string>()
  const created = await inBatches(steps, 8, (s) =>
    api.post<Created>(`${base}/nodes`, {
      node_type: s.nodeType,
      label: s.id,
      config: s.nodeType === 'VOICE_CALL' ? call : s.config,
    }),
  )
  steps.forEach((s, i) => ids.set(s.id, (created[i] as Created).id))
  await inBatches(links, 8, (l) =>
    api.post(`${base}/edges`, {
      from_node_id: ids.get(l.source),
      to_node_id: ids.get(l.target),
      ...(l.label ? { label: l.label } : {}),
    }),
  )
  const rows = Array.from({ length: leads }, (_, i) => `98${String(70_000_000 + i)},Lead ${i}`)
  const form = new FormData()
  form.append(
    'file',
    new Blob([`phone_number,first_name\n${rows.join('\n')}\n`], { type: 'text/csv' }),
    'leads.csv',
  )
  const answer = await fetch(`${origin}/v1${base}/leads`, { method: 'POST', body: form })
  if (!answer.ok) throw new Error(`enrol: ${answer.status} ${(await answer.text()).slice(0, 200)}`)
  return workflow.id
}

/** The whole screen in Chromium: open the workflow, press Forecast, wait for the summary. */
export async function forecastScreenFigure(
  browser: Browser,
  api: MockApi,
  origin: string,
  leads: number,
): Promise<ForecastScreenFigure> {
  const workflowId = await seedForecastWorkflow(api, origin, leads)
  const context = await browser.newContext({ viewport: VIEWPORT })
  // tsx names the functions it compiles with a helper that the page does not have.
  await context.addInitScript(NAME_SHIM)
  const page = await context.newPage()
  try {
    await page.goto(`${origin}/workflows/${workflowId}`)
    await page.locator('.react-flow__node').first().waitFor()
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number }
      w.__longest = 0
      let last = performance.now()
      const loop = (t: number) => {
        w.__longest = Math.max(w.__longest, t - last)
        last = t
        requestAnimationFrame(loop)
      }
      requestAnimationFrame(loop)
    })
    const started = Date.now()
    await page.getByRole('button', { name: 'Forecast' }).click()
    const status = page.getByText(/^Simulated [\d,]+ leads over \d+ days in [\d.]+ ms\.$/)
    await status.waitFor({ timeout: 120_000 })
    await page.getByTestId('forecast-summary').waitFor()
    const clickToSummaryMs = Date.now() - started
    const text = (await status.textContent()) ?? ''
    const longestFrameMs = await page.evaluate(
      () => (window as unknown as { __longest: number }).__longest,
    )
    return {
      leads,
      clickToSummaryMs,
      workerMs: Number(/in ([\d.]+) ms/.exec(text)?.[1] ?? NaN),
      longestFrameMs: round(longestFrameMs, 1),
    }
  } finally {
    await context.close()
  }
}
