import { describe, expect, it } from 'vitest'
import { nurtureInput, problemsOf, withConfig } from '../testing/fixtures'

const base = nurtureInput()
const timeCodes = (config: Record<string, unknown>) =>
  problemsOf({ ...base, graph: withConfig(base.graph, 'wait', config) })
    .filter((p) => p.code.startsWith('time.'))
    .map((p) => p.code)

describe('TIME configuration', () => {
  it.each([
    [{}],
    [{ time_source: 'fixed_duration' }],
    [{ duration_value: 0, duration_unit: 'hours' }],
    [{ delay_hours: -2 }],
    [{ duration_value: 'soon', duration_unit: 'days' }],
    [{ time_source: 'fixed_duration', pca_field: 'callback_time' }],
  ])('reports a wait without a positive duration: %j', (config) => {
    expect(timeCodes(config)).toEqual(['time.no-duration'])
  })

  it('reports a post-call-analysis wait without a field', () => {
    expect(timeCodes({ time_source: 'postcall_analysis', pca_field: '  ' })).toEqual([
      'time.no-pca-field',
    ])
  })

  it.each([
    [{ delay_hours: 48 }],
    [{ delay_minutes: 30 }],
    [{ duration_value: '2', duration_unit: 'days' }],
    [
      {
        time_source: 'postcall_analysis',
        postcall_analysis_field: 'postcall_analysis.callback_time',
      },
    ],
    [{ pca_field: 'callback_time' }],
  ])('accepts %j', (config) => {
    expect(timeCodes(config)).toEqual([])
  })
})
