import { test as base, expect } from '@playwright/test'
import { APP_ORIGIN } from './setup'

type Options = {
  /** Console errors a test expects (e.g. a framing refusal, a 401 it provokes). */
  expectedConsoleErrors: RegExp[]
  /** Origins besides the app's that a test's pages may load (a portal page). */
  extraOrigins: string[]
}

declare global {
  interface Window {
    __reportCspViolation?: (report: string) => void
  }
}

/**
 * Guards every production test: the browser talks only to the app's own origin, never sends an
 * Authorization header, and sees no CSP violation, page error or unexpected console error.
 */
export const test = base.extend<Options & { guard: void }>({
  expectedConsoleErrors: [[], { option: true }],
  extraOrigins: [[], { option: true }],
  guard: [
    async ({ context, expectedConsoleErrors, extraOrigins }, use) => {
      const problems: string[] = []
      const checks: Promise<void>[] = []
      const origins = new Set([APP_ORIGIN, ...extraOrigins])

      await context.exposeBinding('__reportCspViolation', (_source, report: string) => {
        problems.push(`CSP violation: ${report}`)
      })
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          window.__reportCspViolation?.(`${event.violatedDirective} blocked ${event.blockedURI}`),
        )
      })
      context.on('request', (request) => {
        const url = new URL(request.url())
        if ((url.protocol === 'http:' || url.protocol === 'https:') && !origins.has(url.origin))
          problems.push(`request to another origin: ${request.url()}`)
        checks.push(
          request.allHeaders().then(
            (headers) => {
              if ('authorization' in headers)
                problems.push(`Authorization header sent to ${request.url()}`)
            },
            () => undefined,
          ),
        )
      })
      context.on('page', (page) => watch(page))
      const watch = (page: import('@playwright/test').Page) => {
        page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
        page.on('console', (message) => {
          if (message.type() !== 'error') return
          const text = message.text()
          if (
            /Content Security Policy/i.test(text) &&
            !expectedConsoleErrors.some((re) => re.test(text))
          )
            problems.push(`CSP console error: ${text}`)
          else if (!expectedConsoleErrors.some((re) => re.test(text)))
            problems.push(`console.error: ${text}`)
        })
      }
      context.pages().forEach(watch)

      await use()

      await Promise.all(checks)
      expect(problems).toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
