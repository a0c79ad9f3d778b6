import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig, type Plugin } from 'vite'

const PGLITE = '@electric-sql/pglite'

/** Puts PGlite (its code, WASM and data files) beside the bundle, where `import` finds it. */
function copyPglite(): Plugin {
  let outDir = 'dist-server'
  return {
    name: 'workflow-console:copy-pglite',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir)
    },
    closeBundle() {
      const from = join(process.cwd(), 'node_modules', PGLITE)
      const to = join(outDir, 'node_modules', PGLITE)
      for (const part of ['package.json', 'LICENSE', 'dist'])
        cpSync(join(from, part), join(to, part), { recursive: true })
    },
  }
}

/**
 * Bundles the production server (and the mock API it can serve) into `dist-server/`, so
 * `npm start` runs plain `node dist-server/main.mjs`: no tsx, no Vite, no devDependencies at run
 * time. Every package is bundled (`noExternal`) except PGlite: its WASM and data files are loaded
 * from beside its own module at run time, so it stays a package (copied into `dist-server/node_modules`
 * by the `copy-pglite` step below) and `node dist-server/main.mjs` still needs nothing else.
 */
export default defineConfig({
  publicDir: false,
  ssr: { noExternal: true, external: [PGLITE], target: 'node' },
  plugins: [copyPglite()],
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
