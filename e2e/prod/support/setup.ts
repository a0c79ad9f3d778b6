import { createHash } from 'node:crypto'

/**
 * Ports and names shared by the production Playwright config and its specs. One variable
 * (`E2E_PROD_PORT`, else `E2E_PORT` + 200) moves the whole set, so parallel runs do not clash.
 */
const base = Number(process.env.E2E_PROD_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 200)

export const PORTS = {
  /** The fake SSO proxy the browser talks to (plays oauth2-proxy). */
  front: base,
  /** The production server (`node dist-server/main.mjs`). */
  server: base + 1,
  /** The standalone mock API, the server's upstream. */
  mock: base + 2,
  /** A portal page allowed to frame the app, and one that is not. */
  portal: base + 3,
  stranger: base + 4,
  /** The same production build with the built-in mock and nobody signed in: the demo. */
  demo: base + 5,
}

export const BASE_PATH = '/tools/workflows/'
export const APP_ORIGIN = `http://127.0.0.1:${PORTS.front}`
export const APP_URL = `${APP_ORIGIN}${BASE_PATH}`
export const SERVER_URL = `http://127.0.0.1:${PORTS.server}${BASE_PATH}`
export const MOCK_URL = `http://127.0.0.1:${PORTS.mock}`
export const PORTAL_ORIGIN = `http://127.0.0.1:${PORTS.portal}`
export const STRANGER_ORIGIN = `http://127.0.0.1:${PORTS.stranger}`
export const DEMO_ORIGIN = `http://127.0.0.1:${PORTS.demo}`
export const DEMO_URL = `${DEMO_ORIGIN}${BASE_PATH}`

/** The SSO proxy connects from this address; only it is a trusted proxy. */
export const PROXY_SOURCE_ADDRESS = '127.0.0.2'
export const SIGNED_IN = { email: 'casey.morgan@example.com', user: 'casey.morgan' }

/** A key that must never appear in the build, in a response or in a log. */
export const CANARY_KEY = 'dnx_live_canary7f3a9c:5b2d0e9e41c8-never-in-the-browser'
export const CANARY_AUTHORIZATION_SHA256 = createHash('sha256')
  .update(`Bearer ${CANARY_KEY}`)
  .digest('hex')

/** Build output of this run (kept out of the repo's own dist/). */
export const BUILD_DIR = `node_modules/.cache/e2e-prod-${base}`
