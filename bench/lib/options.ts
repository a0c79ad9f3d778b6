import { resolve } from 'node:path'

export type BenchOptions = {
  /** Project to build and measure (default: the current directory). */
  root: string
  /** Measure this commit (exported with git archive) instead of the working tree. */
  ref: string | null
  /** Only print the table of an earlier results file (with the current budgets). */
  report: string | null
  quick: boolean
  /** Measured runs per figure, after one warm-up run. */
  runs: number
  coldSizes: number[]
  smoothSizes: number[]
  listWorkflows: number
  port: number
  /** Only these sections (all when empty). */
  only: Set<Section>
  skipBuild: boolean
}

export const SECTIONS = [
  'bundle',
  'list',
  'cold',
  'smooth',
  'optimistic',
  'preflight',
  'forecast',
  'history',
  'open',
  'tidy',
] as const
export type Section = (typeof SECTIONS)[number]

const USAGE = `npm run bench -- [--quick] [--runs N] [--only bundle,list,cold,smooth,optimistic,preflight,forecast,history,open,tidy]
  [--sizes 100,300] [--ref HEAD | --root DIR] [--port N] [--skip-build]
npm run bench -- --report bench-results/<file>.json`

function valueAfter(argv: string[], flag: string): string | undefined {
  const i = argv.indexOf(flag)
  return i >= 0 ? argv[i + 1] : undefined
}

export function parseOptions(argv: string[]): BenchOptions {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE)
    process.exit(0)
  }
  const quick = argv.includes('--quick')
  const runs = Number(valueAfter(argv, '--runs') ?? (quick ? 3 : 5))
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a positive integer\n${USAGE}`)
  const only = new Set<Section>()
  for (const part of (valueAfter(argv, '--only') ?? '').split(',').filter(Boolean)) {
    if (!(SECTIONS as readonly string[]).includes(part))
      throw new Error(`unknown section ${part}\n${USAGE}`)
    only.add(part as Section)
  }
  const sizes = valueAfter(argv, '--sizes')?.split(',').map(Number)
  if (sizes?.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--sizes takes node counts\n${USAGE}`)
  return {
    root: resolve(valueAfter(argv, '--root') ?? process.cwd()),
    ref: valueAfter(argv, '--ref') ?? null,
    report: valueAfter(argv, '--report') ?? null,
    quick,
    runs,
    coldSizes: sizes ?? (quick ? [100, 300] : [30, 100, 300, 1000]),
    smoothSizes: sizes ?? (quick ? [300] : [100, 300, 1000]),
    listWorkflows: 1000,
    port: Number(valueAfter(argv, '--port') ?? 4400),
    only,
    skipBuild: argv.includes('--skip-build'),
  }
}

export const wants = (options: BenchOptions, section: Section) =>
  options.only.size === 0 || options.only.has(section)
