import { performance } from 'node:perf_hooks'
import { runPreflight, type PreflightInput } from '../src/features/preflight/run-preflight'
import { generateWorkflow } from './generate-graph'

/**
 * `npx tsx bench/preflight-bench.ts [--json]`
 *
 * Budgets from the performance issue: one run must stay well under a frame. "cold" runs get a
 * fresh deep copy of the graph every time, so every node config is parsed again (first load);
 * "warm" runs reuse the same objects, as after an edit where the query cache's structural sharing
 * keeps every unchanged node. The budget is judged on cold runs.
 */
const CASES = [
  { nodes: 1_000, budgetMs: 5 },
  { nodes: 5_000, budgetMs: 25 },
]
const WARMUP_RUNS = 15
const RUNS = 40

const asJson = process.argv.includes('--json')

function percentile(sorted: readonly number[], p: number) {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, i)] ?? NaN
}

const round = (ms: number) => Math.round(ms * 1000) / 1000

function measure(input: PreflightInput, fresh: boolean) {
  // Copies are made before timing so that neither copying nor its garbage is measured.
  const graphs = Array.from({ length: WARMUP_RUNS + RUNS }, () =>
    fresh ? structuredClone(input.graph) : input.graph,
  )
  const times: number[] = []
  graphs.forEach((graph, i) => {
    const start = performance.now()
    runPreflight({ ...input, graph })
    const ms = performance.now() - start
    if (i >= WARMUP_RUNS) times.push(ms)
  })
  times.sort((a, b) => a - b)
  return {
    medianMs: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    minMs: round(times[0] ?? NaN),
    maxMs: round(times.at(-1) ?? NaN),
  }
}

const results = CASES.map(({ nodes, budgetMs }) => {
  const workflow = generateWorkflow({ nodes, seed: 42 })
  const input: PreflightInput = { ...workflow, concurrencyLimit: 5, enrolledLeads: 500 }
  const cold = measure(input, true)
  const warm = measure(input, false)
  return {
    nodes,
    edges: workflow.graph.edges.length,
    problems: runPreflight(input).length,
    runs: RUNS,
    cold,
    warm,
    budgetMs,
    withinBudget: cold.medianMs <= budgetMs,
  }
})

if (asJson) {
  console.log(JSON.stringify({ bench: 'preflight', node: process.version, results }, null, 2))
} else {
  // The minimum shows the cost without interference from other processes on a busy machine.
  const fmt = (r: { medianMs: number; p95Ms: number; minMs: number }) =>
    `median ${r.medianMs.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms, min ${r.minMs.toFixed(2)} ms`
  console.log(
    `preflight bench (${RUNS} runs after ${WARMUP_RUNS} warm-up, node ${process.version})`,
  )
  for (const r of results)
    console.log(
      `${String(r.nodes).padStart(5)} nodes ${String(r.edges).padStart(6)} edges ${String(r.problems).padStart(4)} problems | ` +
        `cold ${fmt(r.cold)} | warm ${fmt(r.warm)} | budget ${r.budgetMs} ms: ${r.withinBudget ? 'ok' : 'OVER'}`,
    )
}
