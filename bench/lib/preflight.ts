import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'

export type PreflightFigure = { nodes: number; edges: number; medianMs: number; p95Ms: number; runs: number }

/**
 * The preflight helper's own benchmark (bench/preflight-bench.ts: warm-up, then 60 timed runs of
 * `runPreflight` on generated graphs), in a plain Node process of its own.
 */
export async function preflightFigures(root: string): Promise<PreflightFigure[]> {
  const tsx = join(root, 'node_modules/.bin/tsx')
  const { stdout } = await promisify(execFile)(tsx, [join(root, 'bench/preflight-bench.ts'), '--json'], {
    cwd: root,
    maxBuffer: 1 << 20,
  })
  const parsed = JSON.parse(stdout) as { results: PreflightFigure[] }
  return parsed.results.map(({ nodes, edges, medianMs, p95Ms, runs }) => ({ nodes, edges, medianMs, p95Ms, runs }))
}
