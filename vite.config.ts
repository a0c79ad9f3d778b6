/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import { mockApiPlugin, readApiMode, upstreamProxy } from './src/mocks/server/vite-plugin.ts'

export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env }
  const apiMode = readApiMode(env)
  return {
    base: env.BASE_PATH ?? '/',
    plugins: [
      tanstackRouter({ target: 'react', autoCodeSplitting: true }),
      react(),
      tailwindcss(),
      mockApiPlugin(apiMode),
    ],
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
