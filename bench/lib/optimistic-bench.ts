import type { Browser } from '@playwright/test'
import { openProbedPage, sleep, waitForQuiet } from './browser'
import type { MockApi } from './mock-api'
import { armClickPaint, type ClickPaint } from './probe'
import { round } from './stats'

export type OptimisticRun = { clickToPaintMs: number; framesBefore: number; frameMs: number }

const MOCK_DELAY_MS = 500

// The status badge in the workflow header (router links carry a `data-status` of their own).
const badge = (status: string) => `main header span[data-status="${status}"]`

/**
 * On the detail page of an active workflow, with the mock answering 500 ms late: the click on
 * the dialog's Pause until the header badge says paused and that frame is painted.
 */
export async function optimisticPause(
  browser: Browser,
  api: MockApi,
  origin: string,
  workflowId: string,
): Promise<OptimisticRun> {
  const { context, page } = await openProbedPage(browser, {
    expectNodes: null,
    firstPaintOf: null,
    countRenders: false,
  })
  try {
    await page.goto(`${origin}/workflows/${workflowId}`)
    await page.locator(badge('active')).waitFor()
    await page.locator('.react-flow__node').first().waitFor()
    await waitForQuiet(page)
    await api.post('/__mock/faults', { latencyMs: MOCK_DELAY_MS })
    await page.getByRole('button', { name: 'Pause', exact: true }).first().click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    await waitForQuiet(page, 5)
    await page.evaluate(armClickPaint, badge('paused'))
    await dialog.getByRole('button', { name: 'Pause', exact: true }).click()
    await page.waitForFunction(() => window.__bench.clickPaint?.paintAt != null, null, {
      timeout: 10_000,
    })
    const frameMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame((a) => requestAnimationFrame((b) => resolve(b - a))),
        ),
    )
    const result = (await page.evaluate(() => window.__bench.clickPaint)) as ClickPaint
    // Let the late answer and its refetches land before the next run.
    await sleep(MOCK_DELAY_MS * 3)
    return {
      clickToPaintMs: round((result.paintAt ?? NaN) - (result.clickAt ?? NaN), 1),
      framesBefore: result.framesBefore ?? NaN,
      frameMs: round(frameMs, 1),
    }
  } finally {
    await api.post('/__mock/faults', { reset: true })
    await context.close()
  }
}

/** The workflow back to active for the next run. */
export async function resumeWorkflow(api: MockApi, workflowId: string) {
  const workflow = await api.get<{ status: string }>(`/workflows/${workflowId}`)
  if (workflow.status === 'paused') await api.post(`/workflows/${workflowId}/resume`)
}

/** An active workflow of the seed to pause. */
export async function findActiveWorkflow(api: MockApi): Promise<string> {
  const page = await api.get<{ data: { id: string }[] }>('/workflows?status=active&limit=1')
  const id = page.data[0]?.id
  if (!id) throw new Error('the mock has no active workflow to pause')
  return id
}
