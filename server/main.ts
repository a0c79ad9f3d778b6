import { serve, type HttpBindings } from '@hono/node-server'
import { readServerConfig } from './config/server-config'
import { createProductionApp } from './app'

async function main() {
  const config = readServerConfig(process.env)
  const app = await createProductionApp({
    config,
    remoteAddress: (c) => (c.env as HttpBindings).incoming.socket.remoteAddress,
  })
  const server = serve(
    { fetch: app.fetch, hostname: config.host, port: config.port, overrideGlobalObjects: false },
    (info) => {
      const api =
        config.api.kind === 'mock'
          ? 'built-in mock API (no API_UPSTREAM set)'
          : `upstream ${config.api.url}`
      console.log(
        JSON.stringify({
          level: 'info',
          message: `Workflow Console on http://${config.host}:${info.port}${config.basePath} — ${api}`,
        }),
      )
    },
  )
  const stop = () => server.close(() => process.exit(0))
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
