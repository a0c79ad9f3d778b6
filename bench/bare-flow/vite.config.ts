import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * A bare React Flow page for the benchmark's side-by-side figures. It is built into a folder of
 * the app's build (`/__bench/bare-flow/`), so the same preview server, mock API and network path
 * serve both pages.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/__bench/bare-flow/',
  plugins: [react()],
})
