import type { Browser } from '@playwright/test'
import { openProbedPage } from './browser'
import { round } from './stats'

export const FIRST_ROW = 'table tbody tr a[href*="/workflows/"]'

/** Navigation start → the first workflow rows painted, in a fresh (cold-cache) context. */
export async function listFirstRows(browser: Browser, origin: string): Promise<number> {
  const { context, page } = await openProbedPage(browser, {
    expectNodes: null,
    firstPaintOf: FIRST_ROW,
    countRenders: false,
  })
  try {
    await page.goto(`${origin}/workflows`)
    await page.waitForFunction(() => window.__bench.firstPaintAt !== null, null, {
      timeout: 30_000,
    })
    return round((await page.evaluate(() => window.__bench.firstPaintAt)) as number, 1)
  } finally {
    await context.close()
  }
}
