import { describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS, type ForecastInput, type ForecastLead } from './forecast-types'
import { simulateForecast } from './simulate'

const START = Date.parse('2026-12-02T03:30:00.000Z') // 09:00 in India
const HOUR = 3_600_000
const india = () => ({ zone: 'Asia/Kolkata', approximate: false })
const leads = (n: number, phone = '+919800000000'): ForecastLead[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `l${i}`,
    phoneNumber: phone,
    variables: {},
    nodeId: null,
  }))

/** One call step: Completed → converted, anything else → dropped. */
function oneCall(over: Partial<ForecastInput> = {}): ForecastInput {
  return {
    steps: [
      { id: 'call', nodeType: 'VOICE_CALL', config: {} },
      { id: 'won', nodeType: 'CONVERTED', config: {} },
      { id: 'lost', nodeType: 'DROPPED', config: {} },
    ],
    links: [
      { id: 'e1', source: 'call', target: 'won', label: 'COMPLETED' },
      { id: 'e2', source: 'call', target: 'lost', label: null },
    ],
    leads: leads(10),
    startAt: START,
    days: 1,
    concurrency: 1,
    window: { startMinute: 9 * 60, endMinute: 21 * 60 },
    // Rate 50 %; every call, answered or not, holds the line for 10 minutes.
    assumptions: {
      ...DEFAULT_ASSUMPTIONS,
      completedShare: 0.5,
      didNotPickShare: 0.5,
      completedCallMinutes: 10,
      shortCallMinutes: 10,
    },
    history: {},
    seed: 7,
    ...over,
  }
}

describe('the forecast, on graphs worked out by hand', () => {
  it('one call step, rate 50 %, limit 1: six calls an hour, half the leads converted', () => {
    const result = simulateForecast(oneCall(), india)
    // 10 leads × 10 minutes on one line: calls start at 0, 10, …, 90 minutes → 6 in the first
    // hour, 4 in the second.
    expect(result.hours.calls.slice(0, 3)).toEqual([6, 4, 0])
    expect(result.hours.peakLines.slice(0, 3)).toEqual([1, 1, 0])
    // Everyone but the first lead waits for the line, so both hours queue.
    expect(result.hours.queueing.slice(0, 3)).toEqual([1, 1, 0])
    expect(result.totals).toMatchObject({ calls: 10, callMinutes: 100, converted: 5, dropped: 5 })
    // The last call starts at 90 minutes and ends at 100.
    expect(result.finishAt).toBe(START + 100 * 60_000)
    // The last four leads waited 60, 70, 80 and 90 minutes: three waited more than an hour.
    expect(result.totals.waitedOverAnHour).toBe(3)
  })

  it('a higher limit finishes sooner and never queues', () => {
    const result = simulateForecast(oneCall({ concurrency: 10 }), india)
    expect(result.hours.calls[0]).toBe(10)
    expect(result.hours.peakLines[0]).toBe(10)
    expect(result.hours.queueing[0]).toBe(0)
    expect(result.finishAt).toBe(START + 10 * 60_000)
  })

  it('gives the same answer for the same input, and history rates over assumptions', () => {
    const input = oneCall({ leads: leads(100) })
    expect(simulateForecast(input, india)).toEqual({
      ...simulateForecast(input, india),
      elapsedMs: expect.any(Number),
    })
    const history = {
      call: { shares: { COMPLETED: 0.2, DNP: 0.8 }, source: 'history' as const, samples: 50 },
    }
    expect(simulateForecast({ ...input, history }, india).totals.converted).toBe(20)
  })

  it('holds leads for a wait and counts calls outside the calling window', () => {
    // call → DNP → wait 12 hours → call again; the second call is at 21:00 in India: outside.
    const input = oneCall({
      concurrency: 10,
      assumptions: { ...oneCall().assumptions, completedShare: 0, didNotPickShare: 1 },
      steps: [
        { id: 'call', nodeType: 'VOICE_CALL', config: {} },
        { id: 'wait', nodeType: 'TIME', config: { delay_hours: 12 } },
        { id: 'again', nodeType: 'VOICE_CALL', config: {} },
        { id: 'lost', nodeType: 'DROPPED', config: {} },
      ],
      links: [
        { id: 'e1', source: 'call', target: 'wait', label: 'DNP' },
        { id: 'e2', source: 'wait', target: 'again', label: null },
        { id: 'e3', source: 'again', target: 'lost', label: null },
      ],
      leads: leads(3),
    })
    const result = simulateForecast(input, india)
    expect(result.hours.calls[0]).toBe(3)
    expect(result.hours.calls[12]).toBe(3)
    expect(result.totals.outsideWindow).toBe(3)
    expect(result.outsideWindow).toEqual([
      {
        date: '2026-12-02',
        calls: 3,
        leads: [
          { phoneNumber: '+919800000000', zone: 'Asia/Kolkata', approximate: false },
          { phoneNumber: '+919800000000', zone: 'Asia/Kolkata', approximate: false },
          { phoneNumber: '+919800000000', zone: 'Asia/Kolkata', approximate: false },
        ],
        moreLeads: 0,
      },
    ])
    expect(result.finishAt).toBe(START + 12 * HOUR + 20 * 60_000)
  })

  it('evaluates a condition on lead variables exactly, and keeps a lead with no matching edge', () => {
    const input = oneCall({
      steps: [
        {
          id: 'city',
          nodeType: 'CONDITIONAL',
          config: { conditions: [{ field: 'city', operator: 'equals', value: 'Pune' }] },
        },
        { id: 'won', nodeType: 'CONVERTED', config: {} },
      ],
      links: [{ id: 'e1', source: 'city', target: 'won', label: 'true' }],
      leads: [
        { id: 'a', phoneNumber: '+919800000001', variables: { city: 'Pune' }, nodeId: null },
        { id: 'b', phoneNumber: '+919800000002', variables: { city: 'Delhi' }, nodeId: null },
      ],
    })
    expect(simulateForecast(input, india).totals).toMatchObject({
      converted: 1,
      stuck: 1,
      calls: 0,
    })
  })
})
