import { tmpdir } from 'node:os'
import { join } from 'node:path'
/**
 * Ports and names shared by the nginx Playwright config and its specs. `E2E_NGINX_PORT`
 * (default 4600) moves the whole set.
 */
const base = Number(process.env.E2E_NGINX_PORT ?? 4600)

export const PORTS = {
  /** Real nginx, the only port the browser talks to. */
  nginx: base,
  /** The production server (`node dist-server/main.mjs`). */
  server: base + 1,
  /** The standalone mock API, the server's upstream. */
  mock: base + 2,
  /** The stand-in for oauth2-proxy (its /oauth2/* endpoints only). */
  oauth2Proxy: base + 3,
}

export const BASE_PATH = '/tools/workflows/'
export const APP_ORIGIN = `http://127.0.0.1:${PORTS.nginx}`
export const APP_URL = `${APP_ORIGIN}${BASE_PATH}`
export const MOCK_URL = `http://127.0.0.1:${PORTS.mock}`
export const OAUTH2_PROXY_URL = `http://127.0.0.1:${PORTS.oauth2Proxy}`
export const SIGNED_IN = { email: 'casey.morgan@example.com', user: 'casey.morgan' }

/** Build output and nginx prefix of this run (kept out of the repo's own dist/). */
export const BUILD_DIR = `node_modules/.cache/e2e-nginx-${base}`
/**
 * nginx's prefix (its client-body temp files) lives in the system temp folder, not in the
 * checkout: its workers (nobody) cannot enter a checkout made under `mktemp -d` (mode 700).
 */
export const NGINX_DIR = join(tmpdir(), `workflow-console-nginx-${base}`)
export const SERVER_LOG = `${BUILD_DIR}/server.log`
