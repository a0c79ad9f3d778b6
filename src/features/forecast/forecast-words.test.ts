import { describe, expect, it } from 'vitest'
import { forecastCsv, forecastSentences } from './forecast-words'
import { DEFAULT_ASSUMPTIONS } from './simulation/forecast-types'
import { simulateForecast } from './simulation/simulate'

const START = Date.parse('2026-12-02T10:00:00.000Z')
const result = simulateForecast(
  {
    steps: [
      { id: 'call', nodeType: 'VOICE_CALL', config: {} },
      { id: 'won', nodeType: 'CONVERTED', config: {} },
    ],
    links: [{ id: 'e', source: 'call', target: 'won', label: null }],
    leads: Array.from({ length: 8 }, (_, i) => ({
      id: `l${i}`,
      phoneNumber: '+442079460000',
      variables: {},
      nodeId: null,
    })),
    startAt: START,
    days: 1,
    concurrency: 1,
    window: { startMinute: 540, endMinute: 1260 },
    assumptions: {
      ...DEFAULT_ASSUMPTIONS,
      completedShare: 1,
      didNotPickShare: 0,
      completedCallMinutes: 15,
    },
    history: {},
    seed: 1,
  },
  () => ({ zone: 'Europe/London', approximate: false }),
)

describe('the forecast in words and as CSV', () => {
  it('says when calls go out, who waits, when it ends and the calling window', () => {
    expect(forecastSentences(result, 1, { startMinute: 540, endMinute: 1260 })).toEqual([
      'Most calls go out on day 1 (Wed 2 Dec) between 10:00 and 12:00 UTC; 8 calls in all, 120 call minutes.',
      '3 leads wait more than an hour for a free line.',
      'The last lead is expected to finish on Wed 2 Dec, 12:00 UTC: 8 leads converted, 0 dropped.',
      'Every call rings between 09:00–21:00 in the lead’s own time.',
    ])
  })

  it('writes one row per hour', () => {
    const lines = forecastCsv(result).split('\r\n')
    expect(lines[0]).toBe(
      'hour_start_utc,calls_started,peak_lines_in_use,leads_queueing,call_minutes',
    )
    expect(lines[1]).toBe('2026-12-02T10:00:00.000Z,4,1,yes,60')
    expect(lines[2]).toBe('2026-12-02T11:00:00.000Z,4,1,yes,60')
    expect(lines).toHaveLength(24 + 2)
  })
})
