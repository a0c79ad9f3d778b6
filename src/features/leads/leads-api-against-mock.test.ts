import { File as NodeFile } from 'node:buffer'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computeLeadPath } from './lead-path'
import { startMockServer } from '../../mocks/test-utils'
import { isApiError } from '../../api/api-error'
import { fetchGraph } from '../../api/graph'
import { enrolLeads, fetchLeadHistory, fetchLeads, removeLead } from '../../api/leads'
import { fetchWorkflowStats } from '../../api/stats'

/** The client against the project's own mock API: every lead response must parse. */
const { runtime } = startMockServer()
const ACTIVE = 'wf_nurture00001'
const READY = 'wf_apptready001'

// jsdom's File/FormData do not survive Node's fetch (see enrol-leads-dialog.test.tsx).
beforeEach(async () => {
  const probe = new Request('http://x/', { method: 'POST', body: new URLSearchParams('a=1') })
  vi.stubGlobal('FormData', (await probe.formData()).constructor)
  vi.stubGlobal('File', NodeFile)
})
afterEach(() => vi.unstubAllGlobals())

describe('leads API against the mock', () => {
  it('lists, searches and pages the seeded leads', async () => {
    const page = await fetchLeads(ACTIVE, { page: 1, limit: 20 })
    expect(page.meta.total).toBeGreaterThan(0)
    expect(page.data[0]).toMatchObject({
      id: expect.any(String),
      phoneNumber: expect.stringMatching(/^\+/),
    })
    const phone = page.data[0]!.phoneNumber
    const found = await fetchLeads(ACTIVE, { page: 1, limit: 20, search: phone.slice(-6) })
    expect(found.data.map((l) => l.phoneNumber)).toContain(phone)
  })

  it('reads a history whose path matches the graph', async () => {
    const { data } = await fetchLeads(ACTIVE, { page: 1, limit: 100 })
    const moved = data.find((l) => l.status !== 'pending')!
    const history = await fetchLeadHistory(ACTIVE, moved.id)
    expect(history.leadId).toBe(moved.id)
    expect(history.entries.length).toBeGreaterThan(0)
    const graph = await fetchGraph(ACTIVE)
    const nodeIds = new Set(graph.nodes.map((n) => n.id))
    for (const entry of history.entries) expect(nodeIds.has(entry.nodeId ?? '')).toBe(true)
    const path = computeLeadPath(history, graph)
    const edgeIds = new Set(graph.edges.map((e) => e.id))
    expect([...path.edges].every((id) => edgeIds.has(id))).toBe(true)
    if (history.entries.length > 1) expect(path.edges.size).toBeGreaterThan(0)
  })

  it('reads the private stats endpoint', async () => {
    const stats = await fetchWorkflowStats(ACTIVE)
    expect(stats?.totals.enrolled).toBeGreaterThan(0)
    expect(Object.keys(stats?.nodes ?? {}).length).toBeGreaterThan(0)
  })

  it('enrols a CSV, then refuses to remove the same lead twice with a 409', async () => {
    const file = new File(['phone_number,patient_name\n+919812345678,Test'], 'leads.csv', {
      type: 'text/csv',
    })
    const result = await enrolLeads(READY, file)
    expect(result.enrolled).toBe(1)
    const { data } = await fetchLeads(READY, { page: 1, limit: 100, search: '9812345678' })
    expect(data).toHaveLength(1)
    await removeLead(READY, data[0]!.id)
    const again = await removeLead(READY, data[0]!.id).catch((e: unknown) => e)
    expect(isApiError(again) && again.status).toBe(409)
    expect(runtime.db.leads.get(data[0]!.id)?.status).toBe('removed')
  })
})
