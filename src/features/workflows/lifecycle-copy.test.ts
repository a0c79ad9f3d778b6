import { describe, expect, it } from 'vitest'
import { completionNote, consequences } from './lifecycle-copy'

describe('lifecycle copy', () => {
  it('never speaks of calling 0 leads', () => {
    const text = consequences('activate', 0)
    expect(text).not.toMatch(/\b0\b/)
    expect(text).toContain('No leads are enrolled yet')
  })

  it('says when the workflow completes by itself', () => {
    expect(consequences('activate', 34)).toContain('All 34 leads enrolled will start')
    expect(completionNote(34)).toBe(
      'It completes when the last of 34 leads finishes; after that it accepts no new leads.',
    )
    expect(completionNote(1)).toContain('its 1 lead finishes')
  })
})
