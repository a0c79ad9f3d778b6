import { readServerConfig } from './config/server-config'
import { createProductionApp } from './app'
import { listen, socketAddress } from './http/listen'

async function main() {
  const config = readServerConfig(process.env)
  const app = await createProductionApp({ config, remoteAddress: socketAddress })
  const { server, port } = await listen(app, { hostname: config.host, port: config.port })
  const api =
    config.api.kind === 'mock'
      ? 'built-in mock API (no API_UPSTREAM set)'
      : `upstream ${config.api.url}`
  console.log(
    JSON.stringify({
      level: 'info',
      message: `Workflow Console on http://${config.host}:${port}${config.basePath} — ${api}`,
    }),
  )
  const stop = () => server.close(() => process.exit(0))
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
