import { describe, expect, it } from 'vitest'
import type { StoredWorkflowStatus } from '../db/types'
import { checkDelete, checkMutable, transition, type LifecycleAction } from './state-machine'

const ALLOWED: [StoredWorkflowStatus, LifecycleAction, StoredWorkflowStatus][] = [
  ['draft', 'activate', 'active'],
  ['draft', 'cancel', 'cancelled'],
  ['active', 'pause', 'paused'],
  ['active', 'cancel', 'cancelled'],
  ['running', 'pause', 'paused'],
  ['running', 'cancel', 'cancelled'],
  ['paused', 'resume', 'active'],
  ['paused', 'cancel', 'cancelled'],
]

const REFUSED: [StoredWorkflowStatus, LifecycleAction][] = [
  ['draft', 'pause'],
  ['draft', 'resume'],
  ['active', 'activate'],
  ['active', 'resume'],
  ['running', 'activate'],
  ['running', 'resume'],
  ['paused', 'activate'],
  ['paused', 'pause'],
  ['completed', 'activate'],
  ['completed', 'pause'],
  ['completed', 'resume'],
  ['completed', 'cancel'],
  ['cancelled', 'activate'],
  ['cancelled', 'pause'],
  ['cancelled', 'resume'],
  ['cancelled', 'cancel'],
]

describe('workflow lifecycle transitions', () => {
  it.each(ALLOWED)('allows %s --%s--> %s', (from, action, to) => {
    expect(transition(from, action)).toEqual({ ok: true, value: to })
  })

  it.each(REFUSED)('refuses %s --%s--> with a message', (from, action) => {
    const verdict = transition(from, action)
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.message.length).toBeGreaterThan(10)
  })

  it('covers every status and action pair exactly once', () => {
    const pairs = [...ALLOWED.map(([s, a]) => `${s}:${a}`), ...REFUSED.map(([s, a]) => `${s}:${a}`)]
    expect(new Set(pairs).size).toBe(6 * 4)
  })

  it('tells the caller to use resume when activating a paused workflow', () => {
    const verdict = transition('paused', 'activate')
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.message).toMatch(/resume/i)
  })

  it('says a cancelled workflow can never resume', () => {
    const verdict = transition('cancelled', 'resume')
    if (verdict.ok) throw new Error('expected a refusal')
    expect(verdict.message).toMatch(/never resume/)
  })

  it('never reports the legacy running status in a refusal', () => {
    const verdict = transition('running', 'resume')
    if (verdict.ok) throw new Error('expected a refusal')
    expect(verdict.message).not.toMatch(/running/)
  })
})

describe('workflow delete rule', () => {
  it.each(['draft', 'completed', 'cancelled'] as const)(
    'allows deleting a %s workflow',
    (status) => {
      expect(checkDelete(status, 3).ok).toBe(true)
    },
  )

  it.each(['active', 'running'] as const)('refuses deleting an %s workflow', (status) => {
    const verdict = checkDelete(status, 0)
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.message).toMatch(/cancel it first/)
  })

  it('allows deleting a paused workflow whose leads are all terminal', () => {
    expect(checkDelete('paused', 0).ok).toBe(true)
  })

  it('refuses deleting a paused workflow with a lead in transit', () => {
    expect(checkDelete('paused', 1).ok).toBe(false)
  })
})

describe('graph and lead mutability', () => {
  it.each(['draft', 'active', 'running', 'paused'] as const)('allows edits while %s', (status) => {
    expect(checkMutable(status, 'editing the graph').ok).toBe(true)
  })

  it.each(['completed', 'cancelled'] as const)('refuses edits once %s', (status) => {
    expect(checkMutable(status, 'editing the graph').ok).toBe(false)
  })
})
