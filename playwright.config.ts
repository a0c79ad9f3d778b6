import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/browser'

const port = Number(process.env.E2E_PORT ?? 4173)
const baseURL = `http://127.0.0.1:${port}`
// One build folder per port, so parallel runs never overwrite each other's build.
const outDir = `node_modules/.cache/e2e-dist-${port}`

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  // The production-path suite has its own config and servers (e2e/prod/playwright.config.ts).
  testIgnore: ['prod/**', 'nginx/**'],
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: {
    // Production build against the built-in mock API (served by `vite preview`).
    // A fresh history database per run (DATA_DIR), so no run sees an earlier one's activity.
    command: `rm -rf ${outDir}-data && npx vite build --logLevel warn --outDir ${outDir} && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `${baseURL}/v1/__mock/state`,
    env: { DATA_DIR: `${outDir}-data` },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
