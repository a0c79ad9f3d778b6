import { performance } from 'node:perf_hooks'
import { timeZoneOfPhone } from '../src/domain/time-zones/phone-time-zone'
import {
  DEFAULT_ASSUMPTIONS,
  type ForecastInput,
} from '../src/features/forecast/simulation/forecast-types'
import { simulateForecast } from '../src/features/forecast/simulation/simulate'
import { thirtyStepGraph } from './forecast-graph'

/**
 * `npx tsx bench/forecast-bench.ts [--json]`: the forecast simulation in plain Node on the
 * issue's case, 10,000 leads on a 30-step graph over 30 simulated days, budget 300 ms. The
 * first run resolves every lead's time zone from its number (cold); later runs find them
 * remembered, as a second forecast in the same worker does.
 */
const LEADS = 10_000
const DAYS = 30
const BUDGET_MS = 300
const RUNS = 7
const asJson = process.argv.includes('--json')

const AREA = ['212', '415', '312', '303', '602', '907', '808', '617']
function phone(i: number) {
  if (i % 3 === 0) return `+9198${String(i).padStart(8, '0')}`
  if (i % 3 === 1) return `+1${AREA[i % AREA.length]}555${String(i % 10_000).padStart(4, '0')}`
  return `+4420${String(i).padStart(8, '0')}`
}

const { steps, links } = thirtyStepGraph()
const input: ForecastInput = {
  steps,
  links,
  leads: Array.from({ length: LEADS }, (_, i) => ({
    id: `l${i}`,
    phoneNumber: phone(i),
    variables: { first_name: 'A' },
    nodeId: null,
  })),
  startAt: Date.parse('2026-12-02T03:30:00.000Z'),
  days: DAYS,
  concurrency: 25,
  window: { startMinute: 540, endMinute: 1260 },
  assumptions: DEFAULT_ASSUMPTIONS,
  history: {},
  seed: 1,
}

const time = () => {
  const started = performance.now()
  const result = simulateForecast(input, timeZoneOfPhone)
  return { ms: performance.now() - started, result }
}
const cold = time()
const warm = Array.from({ length: RUNS }, () => time().ms).sort((a, b) => a - b)
const median = warm[Math.floor(warm.length / 2)] as number
const round = (ms: number) => Math.round(ms * 10) / 10
const figure = {
  leads: LEADS,
  steps: steps.length,
  days: DAYS,
  calls: cold.result.totals.calls,
  coldMs: round(cold.ms),
  warmMedianMs: round(median),
  warmMaxMs: round(warm.at(-1) as number),
  budgetMs: BUDGET_MS,
  withinBudget: cold.ms <= BUDGET_MS,
}
if (asJson) console.log(JSON.stringify({ bench: 'forecast', node: process.version, figure }))
else
  console.log(
    `forecast: ${LEADS} leads, ${steps.length} steps, ${DAYS} days, ${figure.calls} calls | cold ${figure.coldMs} ms | warm median ${figure.warmMedianMs} ms (max ${figure.warmMaxMs}) | budget ${BUDGET_MS} ms: ${figure.withinBudget ? 'ok' : 'OVER'}`,
  )
