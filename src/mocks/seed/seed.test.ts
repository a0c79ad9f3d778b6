// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createMockRuntime } from '../runtime'
import { SEED_WORKFLOWS } from './workflows'

const runtime = createMockRuntime()

describe('seed data', () => {
  it('covers every status, including the legacy running one', () => {
    const statuses = new Set([...runtime.db.workflows.values()].map((w) => w.status))
    expect(statuses).toEqual(
      new Set(['draft', 'active', 'running', 'paused', 'completed', 'cancelled']),
    )
  })

  it('keeps each seeded workflow in its declared status after replaying the lead histories', () => {
    for (const seed of Object.values(SEED_WORKFLOWS)) {
      expect([seed.id, runtime.db.workflows.get(seed.id)?.status]).toEqual([seed.id, seed.status])
    }
  })

  it('has unique titles and id-shaped ids', () => {
    const titles = Object.values(SEED_WORKFLOWS).map((w) => w.title)
    expect(new Set(titles).size).toBe(titles.length)
    for (const id of runtime.db.workflows.keys()) expect(id).toMatch(/^wf_[a-z0-9]{12}$/)
    for (const id of runtime.db.nodes.keys()) expect(id).toMatch(/^node_[a-z0-9]{12}$/)
    for (const id of runtime.db.edges.keys()) expect(id).toMatch(/^edge_[a-z0-9]{12}$/)
    for (const id of runtime.db.leads.keys()) expect(id).toMatch(/^wlead_[a-z0-9]{12}$/)
  })

  it('has leads in flight on the active workflows and frozen holds on the paused renewal', () => {
    for (const key of ['nurture', 'reengage', 'kyc', 'legacyRunning'] as const) {
      expect(runtime.db.leadsOf(SEED_WORKFLOWS[key].id).some((l) => l.status === 'active')).toBe(
        true,
      )
    }
    const frozen = runtime.db
      .leadsOf(SEED_WORKFLOWS.renewal.id)
      .filter((l) => l.execution.state === 'holding' && l.execution.release_at === null)
    expect(frozen.length).toBeGreaterThan(0)
  })

  it('is identical after a reset', () => {
    const snapshot = JSON.stringify([...runtime.db.leads.values()])
    runtime.reset()
    expect(JSON.stringify([...runtime.db.leads.values()])).toBe(snapshot)
  })

  it('gives the ready draft pending leads and leaves the site-visit draft empty', () => {
    expect(runtime.db.leadsOf(SEED_WORKFLOWS.appointmentReady.id).map((l) => l.status)).toEqual([
      'pending',
      'pending',
      'pending',
      'pending',
    ])
    expect(runtime.db.nodesOf(SEED_WORKFLOWS.siteVisit.id)).toEqual([])
  })
})
