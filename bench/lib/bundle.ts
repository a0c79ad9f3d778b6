import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chunkClosure } from '../../scripts/route-preload'
import type { ChunkStats } from './build'
import { round } from './stats'

/** What React Flow brings along: its own packages and their small dependencies. */
const REACT_FLOW = /node_modules\/(@xyflow\/|d3-|zustand\/|classcat\/)/

export type RouteBundle = {
  route: string
  /** Every chunk this route loads beyond the initial JS (gzipped kB). */
  loadedKb: number
  /** Of those, chunks that other routes load too (shared vendor and app code). */
  sharedKb: number
  /** React Flow's share of the route's own chunks (estimated by rendered length). */
  reactFlowKb: number
  /** The budgeted figure: own chunks, shared code and React Flow excepted. */
  ownKb: number
  files: string[]
  /** What the route's own chunks are made of (estimated gzipped kB). */
  ownParts: Part[]
}

export type Part = { part: string; kb: number }

export type BundleReport = {
  initialKb: number
  initialFiles: string[]
  /** What the initial JS is made of: package (or src folder) → estimated gzipped kB. */
  initialParts: Part[]
  initialCssKb: number
  routes: RouteBundle[]
  /** Chunks holding React Flow code, and which routes load them. */
  reactFlowChunks: { file: string; routes: string[] }[]
  reactFlowInInitial: boolean
  mockInBundle: boolean
}

/** `…/node_modules/@scope/pkg/…` → `@scope/pkg`; `…/src/features/x/…` → `src/features/x`. */
function partOf(id: string): string {
  const pkg = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (pkg?.[1]) return pkg[1]
  const src = id.match(/\/src\/((?:features|routes|api|components|app|domain|lib)(?:\/[^/?]+)?)/)
  if (src?.[1]) return `src/${src[1].replace(/\.[tj]sx?$/, '')}`
  return id.replace(/^.*\//, '').replace(/\?.*$/, '')
}

const kb = (bytes: number) => round(bytes / 1024, 1)

const closure = chunkClosure

/** `/…/src/routes/workflows/$workflowId.tsx?tsr-split=component` → `workflows/$workflowId`. */
function routeName(facade: string | null): string | null {
  const match = facade?.match(/\/src\/routes\/(.+?)\.tsx?(\?.*)?$/)
  if (!match?.[1]) return null
  return match[1].replace(/\/index$/, '/').replace(/^index$/, '/')
}

export function analyseBundle(outDir: string, chunks: ChunkStats[]): BundleReport {
  const gz = new Map<string, number>()
  const sizeOf = (file: string) => {
    let size = gz.get(file)
    if (size === undefined)
      gz.set(file, (size = gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length))
    return size
  }
  const byFile = new Map(chunks.map((c) => [c.fileName, c]))
  const entry = chunks.find((c) => c.isEntry)
  if (!entry) throw new Error('the build has no entry chunk')
  const initial = closure(entry.fileName, byFile)

  const routeFiles = new Map<string, Set<string>>()
  for (const chunk of chunks) {
    const name = chunk.isDynamicEntry ? routeName(chunk.facadeModuleId) : null
    if (!name) continue
    const files = routeFiles.get(name) ?? new Set<string>()
    for (const file of closure(chunk.fileName, byFile)) if (!initial.has(file)) files.add(file)
    routeFiles.set(name, files)
  }
  const loadedBy = new Map<string, string[]>()
  for (const [route, files] of routeFiles)
    for (const file of files) loadedBy.set(file, [...(loadedBy.get(file) ?? []), route])

  /** Package (or src folder) → estimated gzipped kB, by each module's share of its chunk. */
  const partsOf = (files: Iterable<string>) => {
    const parts = new Map<string, number>()
    for (const file of files) {
      const modules = Object.entries(byFile.get(file)?.modules ?? {})
      const total = modules.reduce((sum, [, length]) => sum + length, 0)
      for (const [id, length] of modules) {
        const part = partOf(id)
        parts.set(part, (parts.get(part) ?? 0) + (total ? (sizeOf(file) * length) / total : 0))
      }
    }
    return [...parts]
      .map(([part, bytes]) => ({ part, kb: kb(bytes) }))
      .filter((p) => p.kb >= 0.5)
      .sort((a, b) => b.kb - a.kb)
  }

  const reactFlowShare = (file: string) => {
    const modules = Object.entries(byFile.get(file)?.modules ?? {})
    const total = modules.reduce((sum, [, length]) => sum + length, 0)
    const flow = modules.reduce((sum, [id, length]) => sum + (REACT_FLOW.test(id) ? length : 0), 0)
    return total ? flow / total : 0
  }

  const routes = [...routeFiles].map(([route, files]): RouteBundle => {
    const list = [...files]
    const shared = list.filter((f) => (loadedBy.get(f)?.length ?? 0) > 1)
    const own = list.filter((f) => !shared.includes(f))
    const flow = own.reduce((sum, f) => sum + sizeOf(f) * reactFlowShare(f), 0)
    const ownBytes = own.reduce((sum, f) => sum + sizeOf(f), 0)
    return {
      route,
      loadedKb: kb(list.reduce((sum, f) => sum + sizeOf(f), 0)),
      sharedKb: kb(shared.reduce((sum, f) => sum + sizeOf(f), 0)),
      reactFlowKb: kb(flow),
      ownKb: kb(ownBytes - flow),
      files: list,
      ownParts: partsOf(own),
    }
  })

  const reactFlowChunks = chunks
    .filter((c) =>
      Object.keys(c.modules).some((id) => REACT_FLOW.test(id) && id.includes('@xyflow')),
    )
    .map((c) => ({ file: c.fileName, routes: loadedBy.get(c.fileName) ?? [] }))
  const initialParts = partsOf(initial)
  const allModules = chunks.flatMap((c) => Object.keys(c.modules))
  const cssFiles = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.css'))
  return {
    initialKb: kb([...initial].reduce((sum, f) => sum + sizeOf(f), 0)),
    initialFiles: [...initial],
    initialParts,
    initialCssKb: kb(cssFiles.reduce((sum, f) => sum + sizeOf(join('assets', f)), 0)),
    routes: routes.sort((a, b) => a.route.localeCompare(b.route)),
    reactFlowChunks,
    reactFlowInInitial: [...initial].some((f) =>
      Object.keys(byFile.get(f)?.modules ?? {}).some((id) => id.includes('@xyflow')),
    ),
    mockInBundle: allModules.some((id) => /node_modules\/msw\/|\/src\/mocks\//.test(id)),
  }
}
