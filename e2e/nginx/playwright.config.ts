import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutable } from '../browser'
import {
  APP_URL,
  BASE_PATH,
  BUILD_DIR,
  MOCK_URL,
  PORTS,
  SERVER_LOG,
  SIGNED_IN,
} from './support/setup'

/**
 * The README's nginx deployment, for real: browser → nginx (Debian's package, rendered from
 * deploy/nginx/console.conf.template with this run's ports, its own prefix) → production server
 * (`node dist-server/main.mjs`) → standalone mock API. Only oauth2-proxy is a stand-in.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: '../../test-results/nginx',
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: '../../playwright-report/nginx' }]],
  use: {
    baseURL: APP_URL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'nginx',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } },
    },
  ],
  webServer: [
    {
      command: 'npx tsx server/mock-server/main.ts',
      cwd: '../..',
      url: `${MOCK_URL}/healthz`,
      env: { MOCK_PORT: String(PORTS.mock), HOST: '127.0.0.1' },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command:
        `npx vite build --logLevel warn --outDir ${BUILD_DIR}/dist && ` +
        `npx vite build -c server/build.config.ts --logLevel warn --outDir ${BUILD_DIR}/dist-server && ` +
        `node ${BUILD_DIR}/dist-server/main.mjs > ${SERVER_LOG} 2>&1`,
      cwd: '../..',
      url: `http://127.0.0.1:${PORTS.server}/healthz`,
      // The server's default TRUSTED_PROXIES (loopback) is nginx on the same host.
      env: {
        HOST: '127.0.0.1',
        PORT: String(PORTS.server),
        BASE_PATH,
        API_UPSTREAM: MOCK_URL,
        API_KEY: 'nginx-suite-key',
        MOCK_API: 'off',
      },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx tsx e2e/nginx/support/oauth2-proxy-stand-in.ts',
      cwd: '../..',
      url: `http://127.0.0.1:${PORTS.oauth2Proxy}/__stand-in/healthz`,
      env: {
        STAND_IN_PORT: String(PORTS.oauth2Proxy),
        STAND_IN_EMAIL: SIGNED_IN.email,
        STAND_IN_USER: SIGNED_IN.user,
        // What the README before issue 20 needed for its absolute rd; harmless for relative ones.
        STAND_IN_WHITELIST_DOMAINS: '127.0.0.1',
      },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx tsx e2e/nginx/support/start-nginx.ts',
      cwd: '../..',
      // A 401 from the whole chain (auth subrequest included), whichever template is in use.
      url: `http://127.0.0.1:${PORTS.nginx}${BASE_PATH}v1/workflows`,
      reuseExistingServer: false,
      timeout: 60_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
