import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/browser'
import { installProbe, NAME_SHIM, type ProbeOptions } from './probe'

export const VIEWPORT = { width: 1440, height: 900 }

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
    headless: true,
  })
}

export type ProbedPage = { context: BrowserContext; page: Page; crashed: () => boolean }

/** A fresh context (empty cache: every load is cold) whose documents carry the probe. */
export async function openProbedPage(browser: Browser, options: ProbeOptions): Promise<ProbedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  await context.addInitScript(NAME_SHIM)
  await context.addInitScript(installProbe, options)
  const page = await context.newPage()
  let crashed = false
  page.on('crash', () => (crashed = true))
  return { context, page, crashed: () => crashed }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

/** Resolves once the page has drawn `count` frames in a row under `maxMs` each (or after 5 s). */
export function waitForQuiet(page: Page, count = 10, maxMs = 25): Promise<void> {
  return page.evaluate(
    ([count, maxMs]) =>
      new Promise<void>((resolve) => {
        const deadline = performance.now() + 5000
        let calm = 0
        let last = performance.now()
        const loop = (t: number) => {
          calm = t - last < maxMs ? calm + 1 : 0
          last = t
          if (calm >= count || t > deadline) resolve()
          else requestAnimationFrame(loop)
        }
        requestAnimationFrame(loop)
      }),
    [count, maxMs] as const,
  )
}
