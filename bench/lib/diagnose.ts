/**
 * What the load-diagnosis tools (profile-open, trace-open, commits-open) share: a build of the
 * working tree (and the bare React Flow page) of their own, served with the mock, one seeded
 * graph, a browser, and everything stopped at the end.
 */
import { createHash } from 'node:crypto'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from '@playwright/test'
import { build } from 'vite'
import { launchBrowser } from './browser'
import { buildBareFlow } from './build'
import { mockApi } from './mock-api'
import { resetMock, seedGraph } from './seed'
import { freePort, startPreview } from './server'

export type DiagnoseBuild = {
  /** The build folder's name under node_modules/.cache (one per tool). */
  name: string
  /** Keep names, so profiles and commit lists name functions and components. */
  unminified?: boolean
  /** React's profiling build: every fiber carries its render time. */
  profilingReact?: boolean
  port: number
}

export type Seeded = {
  browser: Browser
  nodes: number
  outDir: string
  /** The app's screen of the seeded workflow and the bare page drawing the same graph. */
  urls: { app: string; bare: string }
}

/** `tsx bench/<tool>.ts [nodes] [--skip-build]`: builds, serves, seeds, runs `run`, cleans up. */
export async function withSeededGraph(options: DiagnoseBuild, run: (s: Seeded) => Promise<void>) {
  const nodes = Number(process.argv[2] ?? 200)
  const root = process.cwd()
  const hash = createHash('sha1').update(root).digest('hex').slice(0, 8)
  const outDir = join(root, 'node_modules/.cache', `${options.name}-${hash}`)
  if (!process.argv.includes('--skip-build')) {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, ...(options.unminified ? { minify: false } : {}) },
      ...(options.profilingReact
        ? {
            resolve: {
              alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }],
            },
          }
        : {}),
    })
    await buildBareFlow(join(dirname(fileURLToPath(import.meta.url)), '..'), outDir)
  }
  const server = await startPreview(root, outDir, await freePort(options.port))
  const browser = await launchBrowser()
  try {
    const api = mockApi(server.origin)
    await resetMock(api)
    const g = await seedGraph(api, nodes)
    await run({
      browser,
      nodes,
      outDir,
      urls: {
        app: `${server.origin}/workflows/${g.workflowId}`,
        bare: `${server.origin}/__bench/bare-flow/?wf=${g.workflowId}&w=1056&h=579`,
      },
    })
  } finally {
    await browser.close()
    await server.stop()
  }
}
