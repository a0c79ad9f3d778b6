/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import { defineConfig, loadEnv } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import { mockApiPlugin, readApiMode, upstreamProxy } from './src/mocks/server/vite-plugin.ts'
import { assertNoSecretInClientEnv } from './server/config/secret-env-guard.ts'
import { routePreloadPlugin } from './scripts/route-preload.ts'
import { groupName } from './scripts/chunk-groups.ts'

export default defineConfig(({ command, mode, isPreview }) => {
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env }
  const apiMode = readApiMode(env)
  if (command === 'build') assertNoSecretInClientEnv(env)
  return {
    // The build is always made for `/`: the production server moves it under BASE_PATH at run
    // time (server/static/index-html.ts). Only the dev server serves it under BASE_PATH itself.
    base: command === 'serve' && !isPreview ? (env.BASE_PATH ?? '/') : '/',
    // Chunks and CSS load what they import relative to themselves, so one build works at any base.
    experimental: {
      renderBuiltUrl: (_filename, { hostType }) =>
        hostType === 'html' ? undefined : { relative: true },
    },
    plugins: [
      tanstackRouter({ target: 'react', autoCodeSplitting: true }),
      react(),
      tailwindcss(),
      mockApiPlugin(apiMode),
      routePreloadPlugin(),
    ],
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: groupName(fileURLToPath(new URL('./src/app/main.tsx', import.meta.url))) },
            ],
          },
        },
      },
    },
    server: { proxy: upstreamProxy(apiMode) },
    preview: { proxy: upstreamProxy(apiMode) },
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
      setupFiles: ['src/test/setup.ts'],
      restoreMocks: true,
    },
  }
})
