import { defineConfig } from 'vite'

/**
 * Bundles the production server (and the mock API it can serve) into `dist-server/`, so
 * `npm start` runs plain `node dist-server/main.mjs`: no tsx, no Vite, no devDependencies at run
 * time. Every package is bundled (`noExternal`); only Node's built-ins stay external.
 */
export default defineConfig({
  publicDir: false,
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'server/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      output: { entryFileNames: 'main.mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
})
