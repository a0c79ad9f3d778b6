import { readServerConfig } from './config/server-config'
import { createProductionApp } from './app'
import { listen, socketAddress } from './http/listen'
import { fileURLToPath } from 'node:url'
import { openHistory } from './history/history-service'
import { readHistorySettings } from './history/history-settings'

// `data/` beside the server: next to `dist-server/` once built.
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url))

async function main() {
  const config = readServerConfig(process.env)
  const history = await openHistory(readHistorySettings(process.env, DEFAULT_DATA_DIR))
  const app = await createProductionApp({ config, remoteAddress: socketAddress, history })
  const { server, port } = await listen(app, { hostname: config.host, port: config.port })
  const api =
    config.api.kind === 'mock'
      ? 'built-in mock API (no API_UPSTREAM set)'
      : `upstream ${config.api.url}`
  console.log(
    JSON.stringify({
      level: 'info',
      message: `Workflow Console on http://${config.host}:${port}${config.basePath} — ${api}; history in ${history.backend === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : 'the embedded database (DATA_DIR)'}`,
    }),
  )
  const stop = () =>
    server.close(() => {
      history.close().finally(() => process.exit(0))
    })
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
