import { applicationResult } from '../../../domain/step-semantics/application'
import { evaluateConditional } from '../../../domain/step-semantics/conditions'
import type { LeadFacts } from '../../../domain/step-semantics/lead-facts'
import { createOffsetCache } from '../../../domain/time-zones/local-time'
import { compileGraph, dealOutput, type CompiledStep } from './compile-graph'
import { createEventHeap } from './event-heap'
import type { ForecastInput, ForecastResult, LeadZone, OutsideWindowDay } from './forecast-types'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
const ARRIVE = 0
const CALL_ENDS = 1
const CONVERTED = 1
const DROPPED = 2
const STUCK = 3
/** Instant steps (conditions, actions) chained before the lead is considered looping. */
const MAX_INSTANT = 50
const LISTED_LEADS = 20

const NO_CALL: Pick<LeadFacts, 'callAttributes' | 'lastCallStatus'> = {
  callAttributes: {},
  lastCallStatus: null,
}

/**
 * The next days of a workflow for all its leads, as the scheduler would run them (contract §9,
 * §10.1): calls wait for a free line of the workspace's concurrency limit, oldest first; waits
 * hold; conditions and actions route at once. Outcomes are dealt in proportion (compile-graph),
 * so the same input always gives the same answer. `zoneOf` gives each lead's time zone.
 */
export function simulateForecast(
  input: ForecastInput,
  zoneOf: (phoneNumber: string) => LeadZone,
): ForecastResult {
  const started = performance.now()
  const { steps, entry, index } = compileGraph(input)
  const { leads, startAt, concurrency } = input
  const hoursCount = Math.max(1, Math.round(input.days * 24))
  const endAt = startAt + hoursCount * HOUR_MS
  const calls = new Float64Array(hoursCount)
  const peak = new Float64Array(hoursCount)
  const queueing = new Uint8Array(hoursCount)
  const minutes = new Float64Array(hoursCount)
  const state = new Int8Array(leads.length)
  const waitedLong = new Uint8Array(leads.length)
  const zones: LeadZone[] = []
  const zoneIndex = new Map<string, number>()
  const leadZone = new Int32Array(leads.length)
  leads.forEach((lead, i) => {
    const z = zoneOf(lead.phoneNumber)
    const key = `${z.zone}|${z.approximate}`
    let at = zoneIndex.get(key)
    if (at === undefined) {
      at = zones.length
      zones.push(z)
      zoneIndex.set(key, at)
    }
    leadZone[i] = at
  })
  const offsetOf = createOffsetCache()
  const outside = new Map<number, { calls: number; leads: Set<number> }>()
  const { startMinute, endMinute } = input.window

  const heap = createEventHeap(Math.max(1024, leads.length * 2))
  const queueLead: number[] = []
  const queueStep: number[] = []
  const queueSince: number[] = []
  let queueHead = 0
  let active = 0
  let hour = 0
  let queueOpenedAt = -1
  let finishAt: number | null = null
  let totalCalls = 0
  let totalMinutes = 0
  let outsideCount = 0

  const hourOf = (t: number) => Math.min(hoursCount - 1, Math.floor((t - startAt) / HOUR_MS))
  const finish = (lead: number, how: number, t: number) => {
    state[lead] = how
    if (finishAt === null || t > finishAt) finishAt = t
  }
  const markQueueing = (from: number, to: number) => {
    for (let h = hourOf(from); h <= hourOf(to); h++) queueing[h] = 1
  }

  const checkWindow = (lead: number, t: number) => {
    const zone = zones[leadZone[lead] as number] as LeadZone
    const local = t + offsetOf(zone.zone, t) * 60_000
    const minute = Math.floor(local / 60_000) % 1440
    if (minute >= startMinute && minute < endMinute) return
    outsideCount += 1
    const day = Math.floor(local / DAY_MS)
    let entry = outside.get(day)
    if (!entry) {
      entry = { calls: 0, leads: new Set() }
      outside.set(day, entry)
    }
    entry.calls += 1
    entry.leads.add(lead)
  }

  const startCall = (lead: number, s: number, t: number, since: number) => {
    const step = steps[s] as CompiledStep
    const o = dealOutput(step)
    const duration = step.callMs[o] as number
    active += 1
    const h = hourOf(t)
    calls[h] = (calls[h] as number) + 1
    minutes[h] = (minutes[h] as number) + duration / 60_000
    if (active > (peak[h] as number)) peak[h] = active
    totalCalls += 1
    totalMinutes += duration / 60_000
    if (t - since > HOUR_MS) waitedLong[lead] = 1
    checkWindow(lead, t)
    heap.push(t + duration, lead, s, CALL_ENDS, o)
  }

  const facts = (lead: number): LeadFacts => ({
    variables: (leads[lead] as ForecastInput['leads'][number]).variables,
    ...NO_CALL,
  })

  /** The output an instant step gives this lead: from its own values when they decide it. */
  const instantOutput = (lead: number, step: CompiledStep): number => {
    const variables = (leads[lead] as ForecastInput['leads'][number]).variables
    if (
      step.kind === 'condition' &&
      step.exactFields?.length &&
      step.exactFields.every((f) => f in variables)
    ) {
      const out = evaluateConditional(step.config, facts(lead))
      const at = step.outputs.findIndex((o) => o.toLowerCase() === out?.toLowerCase())
      return at
    }
    if (step.kind === 'action' && step.exactFields)
      return applicationResult(step.config, facts(lead)).output === 'success' ? 0 : 1
    return step.kind === 'pass' ? 0 : dealOutput(step)
  }

  const arrive = (lead: number, at: number, t: number) => {
    let s = at
    for (let hops = 0; hops < MAX_INSTANT; hops++) {
      if (s < 0) return finish(lead, STUCK, t)
      const step = steps[s] as CompiledStep
      switch (step.kind) {
        case 'call':
          if (active < concurrency && queueHead === queueLead.length)
            return startCall(lead, s, t, t)
          if (queueHead === queueLead.length) queueOpenedAt = t
          queueLead.push(lead)
          queueStep.push(s)
          queueSince.push(t)
          return
        case 'wait':
          return heap.push(t + step.delayMs, lead, step.next[0] as number, ARRIVE)
        case 'converted':
          return finish(lead, CONVERTED, t)
        case 'dropped':
          return finish(lead, DROPPED, t)
        default: {
          const o = instantOutput(lead, step)
          s = o < 0 ? -1 : (step.next[o] as number)
        }
      }
    }
    finish(lead, STUCK, t)
  }

  const drainQueue = (t: number) => {
    while (active < concurrency && queueHead < queueLead.length) {
      const i = queueHead++
      startCall(queueLead[i] as number, queueStep[i] as number, t, queueSince[i] as number)
    }
    if (queueHead === queueLead.length && queueOpenedAt >= 0) {
      markQueueing(queueOpenedAt, t)
      queueOpenedAt = -1
      queueLead.length = queueStep.length = queueSince.length = queueHead = 0
    }
  }

  leads.forEach((lead, i) => {
    const at = lead.nodeId === null ? entry : (index.get(lead.nodeId) ?? -1)
    heap.push(startAt, i, at, ARRIVE)
  })
  const event = { time: 0, lead: 0, step: 0, kind: 0, output: 0 }
  while (heap.size > 0 && heap.peekTime() < endAt) {
    heap.pop(event)
    const h = hourOf(event.time)
    // Calls still going when an hour starts keep their lines in use during it.
    while (hour < h) {
      hour += 1
      if (active > (peak[hour] as number)) peak[hour] = active
    }
    if (event.kind === CALL_ENDS) {
      active -= 1
      const step = steps[event.step] as CompiledStep
      arrive(event.lead, step.next[event.output] as number, event.time)
      drainQueue(event.time)
    } else {
      arrive(event.lead, event.step, event.time)
      drainQueue(event.time)
    }
  }
  if (queueOpenedAt >= 0) markQueueing(queueOpenedAt, endAt - 1)

  let converted = 0
  let dropped = 0
  let stuck = 0
  for (let i = 0; i < leads.length; i++) {
    if (state[i] === CONVERTED) converted++
    else if (state[i] === DROPPED) dropped++
    else if (state[i] === STUCK) stuck++
  }
  const unfinished = leads.length - converted - dropped - stuck
  const outsideWindow: OutsideWindowDay[] = [...outside.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, entry]) => {
      const listed = [...entry.leads].slice(0, LISTED_LEADS).map((i) => {
        const z = zones[leadZone[i] as number] as LeadZone
        return {
          phoneNumber: (leads[i] as ForecastInput['leads'][number]).phoneNumber,
          zone: z.zone,
          approximate: z.approximate,
        }
      })
      return {
        date: new Date(day * DAY_MS).toISOString().slice(0, 10),
        calls: entry.calls,
        leads: listed,
        moreLeads: entry.leads.size - listed.length,
      }
    })
  let approximateZones = 0
  for (let i = 0; i < leads.length; i++)
    if (zones[leadZone[i] as number]?.approximate) approximateZones++
  let waitedOverAnHour = 0
  for (let i = 0; i < leads.length; i++) waitedOverAnHour += waitedLong[i] as number

  return {
    startAt,
    hours: {
      calls: [...calls],
      peakLines: [...peak],
      queueing: [...queueing],
      callMinutes: [...minutes].map((m) => Math.round(m * 10) / 10),
    },
    totals: {
      leads: leads.length,
      calls: totalCalls,
      callMinutes: Math.round(totalMinutes),
      converted,
      dropped,
      stuck,
      unfinished,
      waitedOverAnHour,
      outsideWindow: outsideCount,
      approximateZones,
    },
    finishAt: unfinished > 0 ? null : finishAt,
    outsideWindow,
    rates: Object.fromEntries(steps.flatMap((s) => (s.rates ? [[s.id, s.rates]] : []))),
    elapsedMs: Math.round((performance.now() - started) * 10) / 10,
  }
}
