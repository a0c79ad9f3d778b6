import { join } from 'node:path'
import { build, type Plugin } from 'vite'

export type ChunkStats = {
  fileName: string
  isEntry: boolean
  isDynamicEntry: boolean
  facadeModuleId: string | null
  imports: string[]
  dynamicImports: string[]
  /** Module id → length of its rendered (tree-shaken, not yet minified) code. */
  modules: Record<string, number>
}

/** Records what each output chunk is made of, which the manifest alone does not say. */
function chunkStatsPlugin(sink: ChunkStats[]): Plugin {
  return {
    name: 'bench:chunk-stats',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue
        const modules: Record<string, number> = {}
        for (const [id, m] of Object.entries(item.modules)) modules[id] = m.renderedLength
        sink.push({
          fileName: item.fileName,
          isEntry: item.isEntry,
          isDynamicEntry: item.isDynamicEntry,
          facadeModuleId: item.facadeModuleId,
          imports: [...item.imports],
          dynamicImports: [...item.dynamicImports],
          modules,
        })
      }
    },
  }
}

/** The app's production build (the project's own vite config) into `outDir`, with chunk stats. */
export async function buildApp(root: string, outDir: string): Promise<ChunkStats[]> {
  const chunks: ChunkStats[] = []
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true },
    plugins: [chunkStatsPlugin(chunks)],
  })
  return chunks
}

/** The bare React Flow page, built into a folder of the app's build so one server serves both. */
export async function buildBareFlow(benchDir: string, appOutDir: string): Promise<void> {
  await build({
    configFile: join(benchDir, 'bare-flow/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: join(appOutDir, '__bench/bare-flow'), emptyOutDir: true },
  })
}
