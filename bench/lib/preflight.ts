import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'

type Timing = { medianMs: number; p95Ms: number }
/** `cold`: a fresh copy of the graph each run (first load, judged); `warm`: the same objects. */
export type PreflightFigure = {
  nodes: number
  edges: number
  runs: number
  cold: Timing
  warm: Timing | null
}

type RawResult = {
  nodes: number
  edges: number
  runs: number
  cold?: Timing
  warm?: Timing
} & Partial<Timing>

/**
 * The preflight helper's own benchmark (bench/preflight-bench.ts: warm-up, then timed runs of
 * `runPreflight` on generated graphs of 1,000 and 5,000 nodes) in a plain Node process.
 */
export async function preflightFigures(root: string): Promise<PreflightFigure[]> {
  const tsx = join(root, 'node_modules/.bin/tsx')
  const { stdout } = await promisify(execFile)(
    tsx,
    [join(root, 'bench/preflight-bench.ts'), '--json'],
    {
      cwd: root,
      maxBuffer: 1 << 20,
    },
  )
  const parsed = JSON.parse(stdout) as { results: RawResult[] }
  return parsed.results.map((r) => ({
    nodes: r.nodes,
    edges: r.edges,
    runs: r.runs,
    // Older versions of that script reported one timing at the top level.
    cold: r.cold ?? { medianMs: r.medianMs ?? NaN, p95Ms: r.p95Ms ?? NaN },
    warm: r.warm ?? null,
  }))
}
