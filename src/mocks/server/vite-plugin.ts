import type { Connect, Plugin, ProxyOptions } from 'vite'
import type { RequestHandler } from 'msw'
import { join } from 'node:path'
import { createMockMiddleware } from './node-adapter.ts'

export type ApiMode =
  { kind: 'mock' } | { kind: 'upstream'; target: string; apiKey: string | undefined }

/** `MOCK_API=off` plus `API_UPSTREAM` sends `/v1` to a real API; anything else serves the mock. */
export function readApiMode(env: Record<string, string | undefined>): ApiMode {
  if (env.MOCK_API === 'off') {
    const target = env.API_UPSTREAM
    if (!target)
      throw new Error('MOCK_API=off needs API_UPSTREAM (for example https://api.dialnexa.com)')
    return { kind: 'upstream', target, apiKey: env.API_KEY }
  }
  return { kind: 'mock' }
}

/** Dev/preview proxy that adds the server-side key; the browser never sees it. */
export function upstreamProxy(mode: ApiMode): Record<string, ProxyOptions> | undefined {
  if (mode.kind !== 'upstream') return undefined
  return {
    '/v1': {
      target: mode.target,
      changeOrigin: true,
      configure: (proxy) => {
        proxy.on('proxyReq', (proxyReq) => {
          proxyReq.removeHeader('cookie')
          proxyReq.removeHeader('authorization')
          if (mode.apiKey) proxyReq.setHeader('authorization', `Bearer ${mode.apiKey}`)
        })
      },
    },
  }
}

export function mockApiPlugin(mode: ApiMode): Plugin {
  // Loaded on first request, so `vite build` and Vitest never start the mock or its scheduler.
  // tsx loads the mock's TypeScript at run time, so it is not bundled into the Vite config.
  let root = process.cwd()
  let handlers: RequestHandler[] | undefined
  // The console's history (server/history) records every write the mock answers, as the
  // production server does; its database opens on the first request.
  type DevHistory = Awaited<ReturnType<typeof import('../../../server/history/dev-history').createDevHistory>>
  let history: Promise<DevHistory> | undefined
  const load = async () => {
    if (handlers) return handlers
    const { tsImport } = await import('tsx/esm/api')
    const runtime = (await tsImport(
      join(root, 'src/mocks/runtime.ts'),
      import.meta.url,
    )) as typeof import('../runtime')
    return (handlers = runtime.getMockRuntime().handlers)
  }
  const loadHistory = () =>
    (history ??= import('tsx/esm/api').then(async ({ tsImport }) => {
      const module = (await tsImport(
        join(root, 'server/history/dev-history.ts'),
        import.meta.url,
      )) as typeof import('../../../server/history/dev-history')
      return module.createDevHistory(root)
    }))
  let ready: DevHistory | undefined
  const serve = createMockMiddleware(
    () => handlers ?? [],
    (request, answer) => (ready ? ready.answerRecorded(request, answer) : answer(request)),
  )
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    Promise.all([load(), loadHistory()])
      .then(([, h]) => {
        ready = h
        serve(req, res, next)
      })
      .catch(next)
  }
  const consoleApi: Connect.NextHandleFunction = (req, res, next) => {
    Promise.all([load(), loadHistory()])
      .then(([loaded, h]) => {
        ready = h
        const answer = async (request: Request) => (await import('msw')).getResponse(loaded, request)
        h.consoleApi(answer)(req, res)
      })
      .catch(next)
  }
  return {
    name: 'workflow-console:mock-api',
    configResolved(config) {
      root = config.root
    },
    configureServer(server) {
      if (mode.kind !== 'mock') return
      server.middlewares.use('/v1', middleware)
      server.middlewares.use('/console-api/history', consoleApi)
    },
    configurePreviewServer(server) {
      if (mode.kind !== 'mock') return
      server.middlewares.use('/v1', middleware)
      server.middlewares.use('/console-api/history', consoleApi)
    },
  }
}
