import { createMockRuntime } from '../../src/mocks/runtime'
import { listen } from '../http/listen'
import { createMockServerApp } from './mock-app'

/**
 * `npm run mock:server`: the mock API alone on a local port, requiring
 * `Authorization: Bearer <any key>` like the real API, e.g.
 *   curl -H 'Authorization: Bearer key_id:secret' http://127.0.0.1:4010/v1/workflows
 */
const port = Number(process.env.MOCK_PORT ?? process.env.PORT ?? 4010)
const host = process.env.HOST ?? '127.0.0.1'

const speed = process.env.MOCK_SPEED ? Number(process.env.MOCK_SPEED) : undefined
const runtime = createMockRuntime({ requireAuth: process.env.MOCK_REQUIRE_AUTH !== 'false', speed })
runtime.start()
const app = createMockServerApp(runtime.handlers)

void listen(app, { hostname: host, port }).then(({ server, port: bound }) => {
  console.log(`Mock DialNexa API on http://${host}:${bound}/v1 (Authorization: Bearer <any key>)`)
  const stop = () => {
    runtime.stop()
    server.close(() => process.exit(0))
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
})
