import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono, MiddlewareHandler } from 'hono'
import { compress } from 'hono/compress'
import type { AppEnv } from '../app-env'
import { BASE_SECURITY_HEADERS, htmlSecurityHeaders } from '../http/security-headers'

export type StaticOptions = {
  basePath: string
  staticDir: string
  indexHtml: string
  frameAncestors: string[]
}

const ONE_YEAR = 'public, max-age=31536000, immutable'
const ONE_HOUR = 'public, max-age=3600'

/** Sets Cache-Control on files that were found (serveStatic's own hook runs too late for it). */
const cacheFor =
  (value: string): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    await next()
    if (c.res.status === 200 || c.res.status === 206) c.res.headers.set('Cache-Control', value)
  }

const notFound: MiddlewareHandler<AppEnv> = async (c) =>
  c.text('Not found', 404, BASE_SECURITY_HEADERS)

/**
 * Hashed files under `assets/` are cached for a year; other public files (favicon) for an hour;
 * every other path under the base is a client-side route and gets index.html, never cached.
 */
export function mountStaticRoutes(app: Hono<AppEnv>, options: StaticOptions) {
  const { basePath, staticDir, indexHtml } = options
  const files = serveStatic<AppEnv>({
    root: staticDir,
    rewriteRequestPath: (p) => p.slice(basePath.length - 1),
  })
  const htmlHeaders = {
    ...htmlSecurityHeaders(options.frameAncestors),
    'Cache-Control': 'no-store',
  }

  if (basePath !== '/') {
    app.get(basePath.slice(0, -1), (c) => c.redirect(basePath, 301))
    app.get('/', (c) => c.redirect(basePath, 302))
  }
  app.use(`${basePath}*`, compress())
  // A missing chunk must be a 404, never index.html served as JavaScript.
  app.get(`${basePath}assets/*`, cacheFor(ONE_YEAR), files, notFound)
  app.get(
    `${basePath}*`,
    (c, next) => {
      const lastSegment = c.req.path.split('/').pop() ?? ''
      // A path without an extension is a client-side route; index.html itself is never served
      // raw, as that would skip the base-path rewrite and the security headers.
      if (!lastSegment.includes('.') || lastSegment === 'index.html')
        return c.html(indexHtml, 200, htmlHeaders)
      return next()
    },
    cacheFor(ONE_HOUR),
    files,
    notFound,
  )
}
