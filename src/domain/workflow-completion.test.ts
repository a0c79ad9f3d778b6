import { describe, expect, it } from 'vitest'
import { endingNote } from './workflow-completion'

describe('how a workflow ends, in words', () => {
  it('says it completes when the last lead finishes, before activation and while running', () => {
    expect(endingNote('draft', 34, 34)).toBe(
      'Once activated, it completes when the last of 34 leads finishes; after that it accepts no new leads.',
    )
    expect(endingNote('active', 34, 12)).toBe(
      'Completes when the last of 34 leads finishes (12 still to go); after that it accepts no new leads.',
    )
  })
  it('never speaks of active leads after a cancel', () => {
    expect(endingNote('cancelled', 34, 12)).not.toMatch(/active/i)
  })
})
