import { describe, expect, it } from 'vitest'
import { BURST_WINDOW_MS, continuesBurst } from './burst'

const head = { kind: 'edit', actorKey: 'asha@example.com', updatedAt: 1_000_000 }

describe('burst grouping', () => {
  it('joins an edit by the same person within the window', () => {
    expect(continuesBurst(head, { actorKey: 'asha@example.com', at: head.updatedAt + BURST_WINDOW_MS })).toBe(true)
  })
  it('starts a new version after the window, for another person, or after a non-edit version', () => {
    expect(continuesBurst(head, { actorKey: 'asha@example.com', at: head.updatedAt + BURST_WINDOW_MS + 1 })).toBe(false)
    expect(continuesBurst(head, { actorKey: 'ben@example.com', at: head.updatedAt + 1 })).toBe(false)
    expect(continuesBurst({ ...head, kind: 'activation' }, { actorKey: 'asha@example.com', at: head.updatedAt + 1 })).toBe(false)
    expect(continuesBurst({ ...head, kind: 'named' }, { actorKey: 'asha@example.com', at: head.updatedAt + 1 })).toBe(false)
    expect(continuesBurst(null, { actorKey: 'asha@example.com', at: 1 })).toBe(false)
  })
  it('never groups edits of unknown people', () => {
    expect(continuesBurst({ ...head, actorKey: null }, { actorKey: null, at: head.updatedAt + 1 })).toBe(false)
  })
})
