import { performance } from 'node:perf_hooks'
import { runPreflight } from '../src/features/preflight/run-preflight'
import { generateWorkflow } from './generate-graph'

/** Budgets from the performance issue: one run must stay well under a frame. */
const CASES = [
  { nodes: 1_000, budgetMs: 5 },
  { nodes: 5_000, budgetMs: 25 },
]
const WARMUP_RUNS = 15
const RUNS = 60

const asJson = process.argv.includes('--json')

function percentile(sorted: readonly number[], p: number) {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, i)] ?? NaN
}

const round = (ms: number) => Math.round(ms * 1000) / 1000

const results = CASES.map(({ nodes, budgetMs }) => {
  const workflow = generateWorkflow({ nodes, seed: 42 })
  const input = { ...workflow, concurrencyLimit: 5, enrolledLeads: 500 }
  let problems = 0
  for (let i = 0; i < WARMUP_RUNS; i++) problems = runPreflight(input).length
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    runPreflight(input)
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const medianMs = round(percentile(times, 50))
  const p95Ms = round(percentile(times, 95))
  return {
    nodes,
    edges: workflow.graph.edges.length,
    problems,
    runs: RUNS,
    medianMs,
    p95Ms,
    minMs: round(times[0] ?? NaN),
    maxMs: round(times.at(-1) ?? NaN),
    budgetMs,
    withinBudget: p95Ms <= budgetMs,
  }
})

if (asJson) {
  console.log(JSON.stringify({ bench: 'preflight', node: process.version, results }, null, 2))
} else {
  console.log(
    `preflight bench (${RUNS} runs after ${WARMUP_RUNS} warm-up, node ${process.version})`,
  )
  for (const r of results)
    console.log(
      `${String(r.nodes).padStart(5)} nodes ${String(r.edges).padStart(6)} edges  ` +
        `median ${r.medianMs.toFixed(3)} ms  p95 ${r.p95Ms.toFixed(3)} ms  ` +
        `(budget ${r.budgetMs} ms: ${r.withinBudget ? 'ok' : 'OVER'}; ${r.problems} problems)`,
    )
}
