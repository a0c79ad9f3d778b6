import { describe, expect, it } from 'vitest'
import { summarizeTime, timeConfig, timeFormSchema, timeFormValues } from './schema'

const base = { label: 'Wait', duration_unit: 'hours' as const, pca_field: '', duration_value: '' }

describe('TIME form schema', () => {
  it('accepts a fixed duration in minutes, hours or days', () => {
    for (const unit of ['minutes', 'hours', 'days'] as const)
      expect(
        timeFormSchema.safeParse({
          ...base,
          time_source: 'fixed_duration',
          duration_value: '3',
          duration_unit: unit,
        }).success,
      ).toBe(true)
  })

  it('rejects an empty, zero, negative or fractional duration', () => {
    for (const value of ['', '0', '-2', '1.5', 'abc'])
      expect(
        timeFormSchema.safeParse({ ...base, time_source: 'fixed_duration', duration_value: value })
          .success,
      ).toBe(false)
  })

  it('needs a field name for a post-call-analysis time', () => {
    expect(
      timeFormSchema.safeParse({ ...base, time_source: 'postcall_analysis', pca_field: '' })
        .success,
    ).toBe(false)
    expect(
      timeFormSchema.safeParse({
        ...base,
        time_source: 'postcall_analysis',
        pca_field: 'callback_time',
      }).success,
    ).toBe(true)
  })

  it('writes delay_hours as well when the unit is hours', () => {
    const hours = timeFormSchema.parse({
      ...base,
      time_source: 'fixed_duration',
      duration_value: '48',
    })
    expect(timeConfig(hours)).toEqual({
      time_source: 'fixed_duration',
      duration_value: 48,
      duration_unit: 'hours',
      delay_hours: 48,
    })
    const days = timeFormSchema.parse({
      ...base,
      time_source: 'fixed_duration',
      duration_value: '2',
      duration_unit: 'days',
    })
    expect(timeConfig(days)).toEqual({
      time_source: 'fixed_duration',
      duration_value: 2,
      duration_unit: 'days',
    })
  })

  it('writes only the PCA field in post-call mode', () => {
    const v = timeFormSchema.parse({
      ...base,
      time_source: 'postcall_analysis',
      pca_field: ' callback_time ',
    })
    expect(timeConfig(v)).toEqual({ time_source: 'postcall_analysis', pca_field: 'callback_time' })
  })

  it('reads the legacy delay_hours spelling and summarises it', () => {
    expect(timeFormValues({ label: 'W', config: { delay_hours: 48 } })).toMatchObject({
      time_source: 'fixed_duration',
      duration_value: '48',
      duration_unit: 'hours',
    })
    expect(summarizeTime({ duration_value: 1, duration_unit: 'days' })).toEqual(['Wait 1 day'])
    expect(summarizeTime({ time_source: 'postcall_analysis', pca_field: 'callback_time' })).toEqual(
      ['Until the time in “callback_time”'],
    )
    expect(summarizeTime({})).toEqual(['Duration not set'])
  })
})
