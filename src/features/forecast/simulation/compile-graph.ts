import {
  conditionalBranches,
  fixedDelayMs,
  pcaField,
} from '../../../domain/step-semantics/config-readers'
import { conditionFields } from '../../../domain/step-semantics/conditions'
import { findEntry } from '../../../domain/step-semantics/entry'
import { chooseRoute } from '../../../domain/step-semantics/routing'
import { stepKind, type StepKind } from '../../../domain/step-semantics/step-kind'
import type { Assumptions, ForecastInput, ForecastLink, StepRates } from './forecast-types'

const MINUTE_MS = 60_000

export type CompiledStep = {
  id: string
  kind: StepKind
  config: Record<string, unknown>
  outputs: string[]
  /** Step index each output leads to; -1 = no matching edge, the lead stays. */
  next: Int32Array
  /** Edge id each output leaves by (for counting), or null. */
  shares: Float64Array
  /** Where this step is in its rotation of outputs (see `dealOutput`). */
  deal: Float64Array
  /** Whether shares come from history or assumptions; `exact` steps evaluate each lead. */
  rates: StepRates | null
  /** Condition fields: evaluated per lead when they are all lead variables and no history. */
  exactFields: string[] | null
  delayMs: number
  callMs: Float64Array
}

const CALL_OUTPUTS = ['COMPLETED', 'DNP', 'FAILED']

function outputsOf(kind: StepKind, config: Record<string, unknown>): string[] {
  if (kind === 'call') return CALL_OUTPUTS
  if (kind === 'condition') return conditionalBranches(config) ?? ['true', 'false']
  if (kind === 'action') return ['success', 'failure']
  return ['']
}

export function callShares(a: Assumptions) {
  const failed = Math.max(0, 1 - a.completedShare - a.didNotPickShare)
  return { COMPLETED: a.completedShare, DNP: a.didNotPickShare, FAILED: failed }
}

function assumedRates(kind: StepKind, outputs: string[], a: Assumptions): StepRates | null {
  if (kind === 'call') return { shares: callShares(a), source: 'assumed', samples: 0 }
  if (kind === 'condition')
    return {
      shares:
        outputs[0] === 'true'
          ? { true: a.conditionTrueShare, false: 1 - a.conditionTrueShare }
          : Object.fromEntries(outputs.map((o) => [o, 1 / outputs.length])),
      source: 'assumed',
      samples: 0,
    }
  // An action without history is worked out per lead (applicationResult), like the mock runs it.
  return null
}

/** A seeded number in [0, 1) per step (mulberry32 on seed + index). */
function phase(seed: number, index: number) {
  let t = (seed + Math.imul(index + 1, 0x6d2b79f5)) >>> 0
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/** The graph as arrays the simulation indexes, every route decided once by the step semantics. */
export function compileGraph(input: ForecastInput) {
  const { steps, links, assumptions: a, history, seed } = input
  const index = new Map(steps.map((s, i) => [s.id, i]))
  const outgoing = new Map<string, ForecastLink[]>()
  for (const link of links) {
    const list = outgoing.get(link.source)
    if (list) list.push(link)
    else outgoing.set(link.source, [link])
  }
  const compiled: CompiledStep[] = steps.map((step, i) => {
    const kind = stepKind(step.nodeType)
    const outputs = outputsOf(kind, step.config)
    const next = new Int32Array(outputs.length).fill(-1)
    outputs.forEach((output, o) => {
      const route = chooseRoute(step.config, outgoing.get(step.id) ?? [], output || null)
      const target = route ? (route.kind === 'edge' ? route.edge.target : route.target) : null
      next[o] = target === null ? -1 : (index.get(target) ?? -1)
    })
    const known = history[step.id]
    const rates = known ?? assumedRates(kind, outputs, a)
    const shares = new Float64Array(outputs.map((o) => rates?.shares[o] ?? 0))
    const total = shares.reduce((s, x) => s + x, 0)
    if (total > 0) for (let o = 0; o < shares.length; o++) shares[o] = (shares[o] as number) / total
    const u = phase(seed, i)
    const completedMinutes = known?.completedCallMinutes ?? a.completedCallMinutes
    return {
      id: step.id,
      kind,
      config: step.config,
      outputs,
      next,
      shares,
      deal: shares.map((s) => s * u),
      rates,
      exactFields:
        (kind === 'condition' || kind === 'action') && !known
          ? kind === 'condition'
            ? conditionFields(step.config)
            : []
          : null,
      delayMs:
        kind === 'wait'
          ? (fixedDelayMs(step.config) ?? (pcaField(step.config) ? a.pcaWaitHours * 3_600_000 : 0))
          : 0,
      callMs: new Float64Array(
        outputs.map((o) =>
          kind !== 'call'
            ? 0
            : (o === 'COMPLETED' ? completedMinutes : a.shortCallMinutes) * MINUTE_MS,
        ),
      ),
    }
  })
  const entry = findEntry(
    steps,
    links.map((l) => l.target),
  )
  return { steps: compiled, index, entry: entry ? (index.get(entry.id) ?? -1) : -1 }
}

/**
 * The next output of a step, dealt in proportion: every output gains its share, the one owed
 * most is given. After n leads each output has been given n × share times (± 1), so the counts
 * are the expected ones and a small graph can be checked by hand; the seed sets where each
 * step starts in its rotation.
 */
export function dealOutput(step: CompiledStep): number {
  const { shares, deal } = step
  let best = 0
  for (let o = 0; o < shares.length; o++) {
    deal[o] = (deal[o] as number) + (shares[o] as number)
    if ((deal[o] as number) > (deal[best] as number)) best = o
  }
  deal[best] = (deal[best] as number) - 1
  return best
}
