import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutable } from '../browser'
import {
  APP_URL,
  BASE_PATH,
  BUILD_DIR,
  CANARY_KEY,
  MOCK_URL,
  PORTAL_ORIGIN,
  PORTS,
  PROXY_SOURCE_ADDRESS,
  SIGNED_IN,
} from './support/setup'

/**
 * The production path, end to end: browser → SSO front (plays oauth2-proxy) → production server
 * (`node dist-server/main.mjs`, built here with a canary key in the environment) → standalone
 * mock API over HTTP (requires a bearer key). No mock code runs in the browser.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: '../../test-results/prod',
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: '../../playwright-report/prod' }]],
  use: {
    baseURL: APP_URL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'production',
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
      // The key is in the environment while building too: the build must not pick it up.
      command:
        `npx vite build --logLevel warn --outDir ${BUILD_DIR}/dist && ` +
        `npx vite build -c server/build.config.ts --logLevel warn --outDir ${BUILD_DIR}/dist-server && ` +
        `rm -rf ${BUILD_DIR}/data && node ${BUILD_DIR}/dist-server/main.mjs > ${BUILD_DIR}/server.log 2>&1`,
      cwd: '../..',
      url: `http://127.0.0.1:${PORTS.server}/healthz`,
      env: {
        HOST: '127.0.0.1',
        PORT: String(PORTS.server),
        BASE_PATH,
        API_UPSTREAM: MOCK_URL,
        API_KEY: CANARY_KEY,
        TRUSTED_PROXIES: PROXY_SOURCE_ADDRESS,
        FRAME_ANCESTORS: PORTAL_ORIGIN,
        DATA_DIR: `${BUILD_DIR}/data`,
      },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The build above, served as the demo: built-in mock, no SSO, its own history database.
      command: `rm -rf ${BUILD_DIR}/data-demo && node ${BUILD_DIR}/dist-server/main.mjs > ${BUILD_DIR}/demo-server.log 2>&1`,
      cwd: '../..',
      url: `http://127.0.0.1:${PORTS.demo}/healthz`,
      env: { HOST: '127.0.0.1', PORT: String(PORTS.demo), BASE_PATH, DATA_DIR: `${BUILD_DIR}/data-demo` },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx tsx e2e/prod/support/sso-front.ts',
      cwd: '../..',
      url: `http://127.0.0.1:${PORTS.front}/healthz`,
      env: {
        FRONT_PORT: String(PORTS.front),
        FRONT_TARGET: `http://127.0.0.1:${PORTS.server}`,
        FRONT_SOURCE_ADDRESS: PROXY_SOURCE_ADDRESS,
        FRONT_USER_EMAIL: SIGNED_IN.email,
        FRONT_USER_NAME: SIGNED_IN.user,
      },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
