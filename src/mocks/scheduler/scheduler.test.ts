// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import type { PlannedCall } from '../context'
import type { LeadRecord } from '../db/types'
import { createMockRuntime, type MockRuntime } from '../runtime'
import { buildSeedGraphs } from '../seed/graphs'
import { SEED_WORKFLOWS } from '../seed/workflows'
import { enrollCsv, HOUR, MINUTE } from '../test-utils'
import { runLifecycleAction } from '../workflows/workflow-service'
import { workflowStats } from './stats'

const READY = SEED_WORKFLOWS.appointmentReady.id
const ids = buildSeedGraphs().appointmentReady.ids
const CSV = 'phone_number,first_name,appointment_time,clinic_name\n9876500001,Asha,10:30,CarePlus\n'

/** Plans per node label; falls back to `completed` with confirmed = yes. */
function plannedBy(plans: Record<string, PlannedCall[]>) {
  return (_lead: LeadRecord, node: { label: string }): PlannedCall =>
    plans[node.label]?.shift() ?? {
      status: 'completed',
      durationSec: 60,
      attributes: { confirmed: 'yes' },
    }
}

let runtime: MockRuntime
let plans: Record<string, PlannedCall[]>

beforeEach(() => {
  plans = {}
  runtime = createMockRuntime({ seedLeads: false, callPlanner: plannedBy(plans) })
  // The ready draft has no seeded leads with seedLeads: false.
})

const act = (action: 'activate' | 'pause' | 'resume' | 'cancel', id = READY) =>
  runLifecycleAction(runtime.context, id, action)
const onlyLead = () => {
  const lead = runtime.db.leadsOf(READY)[0]
  if (!lead) throw new Error('no lead')
  return lead
}

describe('a lead moving through the ready appointment graph', () => {
  it('retries after a no-answer, then converts and completes the workflow', async () => {
    plans['Reminder call'] = [{ status: 'no_answer', durationSec: 40 }]
    plans['Second reminder'] = [
      { status: 'completed', durationSec: 120, attributes: { confirmed: 'yes' } },
    ]
    await enrollCsv(runtime, READY, CSV)
    act('activate')
    runtime.advance(3 * HOUR)
    const lead = onlyLead()
    expect(lead.history.map((h) => [h.node_label, h.edge_label])).toEqual([
      ['Reminder call', 'DNP'],
      ['Wait 2 hours', null],
      ['Second reminder', 'COMPLETED'],
      ['Confirmed?', 'true'],
      ['Appointment confirmed', null],
    ])
    expect(lead.history[0]).toMatchObject({ status: 'no_answer', reason: 'call_dnp' })
    expect(lead.status).toBe('completed')
    expect(runtime.db.workflows.get(READY)?.status).toBe('completed')
  })

  it('routes an unconfirmed lead to the WhatsApp reschedule action', async () => {
    plans['Reminder call'] = [{ status: 'completed', attributes: { confirmed: 'no' } }]
    await enrollCsv(runtime, READY, CSV)
    act('activate')
    runtime.advance(HOUR)
    expect(onlyLead().history.map((h) => h.node_label)).toEqual([
      'Reminder call',
      'Confirmed?',
      'WhatsApp reschedule link',
      'Reschedule link sent',
    ])
  })

  it('counts node visits and edge traversals in the stats', async () => {
    await enrollCsv(runtime, READY, CSV)
    act('activate')
    runtime.advance(HOUR)
    const stats = workflowStats(runtime.context, READY)
    expect(stats.totals).toMatchObject({ enrolled: 1, converted: 1, active: 0 })
    expect(stats.nodes[ids.call]).toEqual({ waiting: 0, in_call: 0, done: 1 })
    const passed = Object.values(stats.edges).reduce((sum, e) => sum + e.passed, 0)
    expect(passed).toBe(2)
  })
})

describe('pause and resume', () => {
  async function leadInWait() {
    plans['Reminder call'] = [{ status: 'no_answer', durationSec: 60 }]
    await enrollCsv(runtime, READY, CSV)
    act('activate')
    runtime.advance(MINUTE + 1)
    expect(onlyLead().current_node_id).toBe(ids.wait)
  }

  it('freezes a hold while paused and releases it after the remaining time', async () => {
    plans['Second reminder'] = [{ status: 'completed', durationSec: 300 }]
    await leadInWait()
    runtime.advance(30 * MINUTE)
    act('pause')
    runtime.advance(5 * HOUR)
    expect(onlyLead().execution).toEqual({
      state: 'holding',
      release_at: null,
      remaining_ms: 90 * MINUTE - 1,
    })
    act('resume')
    runtime.advance(89 * MINUTE)
    expect(onlyLead().current_node_id).toBe(ids.wait)
    runtime.advance(2 * MINUTE)
    expect(onlyLead().current_node_id).toBe(ids.second)
  })

  it('lets an in-flight call finish while paused but moves the lead only after resume', async () => {
    plans['Reminder call'] = [
      { status: 'completed', durationSec: 300, attributes: { confirmed: 'yes' } },
    ]
    await enrollCsv(runtime, READY, CSV)
    act('activate')
    runtime.tick()
    expect(onlyLead().execution.state).toBe('in_call')
    act('pause')
    runtime.advance(HOUR)
    expect(onlyLead()).toMatchObject({ current_node_id: ids.call, last_call_status: 'completed' })
    expect(onlyLead().history[0]?.reason).toBe('call_finished_while_paused')
    act('resume')
    runtime.tick()
    expect(onlyLead()).toMatchObject({ current_node_id: ids.done, status: 'completed' })
  })

  it('starts no new call while paused and starts leads added while paused at the entry node', async () => {
    runtime = createMockRuntime({ seedLeads: false, concurrency: 1, callPlanner: plannedBy(plans) })
    await enrollCsv(runtime, READY, 'phone_number\n9876500001\n9876500002\n')
    act('activate')
    runtime.tick()
    act('pause')
    await enrollCsv(runtime, READY, 'phone_number\n9876500003\n')
    runtime.advance(HOUR)
    const [first, second, late] = runtime.db.leadsOf(READY)
    expect(first?.execution.state).toBe('routing')
    expect(second?.execution.state).toBe('queued_call')
    expect(late?.status).toBe('pending')
    act('resume')
    runtime.tick()
    expect(second?.execution.state).toBe('in_call')
    expect(late).toMatchObject({ status: 'active', current_node_id: ids.call })
    expect(late?.history[0]?.reason).toBe('waiting_for_capacity')
  })
})

describe('cancel and edge cases', () => {
  it('moves nothing after cancel', async () => {
    plans['Reminder call'] = [{ status: 'no_answer', durationSec: 60 }]
    await enrollCsv(runtime, READY, CSV)
    act('activate')
    runtime.advance(2 * MINUTE)
    act('cancel')
    runtime.advance(10 * HOUR)
    expect(onlyLead()).toMatchObject({ current_node_id: ids.wait, status: 'active' })
    expect(onlyLead().history.at(-1)?.reason).toBe('workflow_cancelled')
  })

  it('keeps a lead on its node with no_matching_edge, and moves it once an edge exists', async () => {
    plans['Reminder call'] = [{ status: 'no_answer', durationSec: 60 }]
    await enrollCsv(runtime, READY, CSV)
    act('activate')
    runtime.tick()
    const wait = runtime.db.edgesOf(READY).find((e) => e.from_node_id === ids.wait)
    if (wait) runtime.db.edges.delete(wait.id)
    runtime.advance(3 * HOUR)
    expect(onlyLead()).toMatchObject({ current_node_id: ids.wait, execution: { state: 'stuck' } })
    expect(onlyLead().history.at(-1)?.reason).toBe('no_matching_edge')
    if (wait) runtime.db.edges.set(wait.id, wait)
    runtime.advance(10 * MINUTE)
    expect(onlyLead().current_node_id).not.toBe(ids.wait)
  })

  it('does not complete an active workflow without leads', () => {
    act('activate')
    runtime.advance(HOUR)
    expect(runtime.db.workflows.get(READY)?.status).toBe('active')
  })
})

describe('concurrency', () => {
  it('never runs more calls than the pool allows and notes who waits', async () => {
    runtime = createMockRuntime({ seedLeads: false, concurrency: 3, randomSeed: 7 })
    const rows = Array.from({ length: 20 }, (_, i) => `98765${String(i).padStart(5, '0')}`).join(
      '\n',
    )
    await enrollCsv(runtime, READY, `phone_number,first_name,appointment_time,clinic_name\n${rows}`)
    act('activate')
    let peak = 0
    for (let step = 0; step < 600; step++) {
      runtime.advance(MINUTE)
      const inCall = [...runtime.db.leads.values()].filter(
        (l) => l.execution.state === 'in_call',
      ).length
      peak = Math.max(peak, inCall)
      expect(inCall).toBeLessThanOrEqual(3)
    }
    expect(peak).toBe(3)
    const waited = runtime.db
      .leadsOf(READY)
      .filter((l) => l.history.some((h) => Number(h.metadata.waited_for_capacity_ms) > 0))
    expect(waited.length).toBeGreaterThan(0)
    expect(runtime.db.workflows.get(READY)?.status).toBe('completed')
  })

  it('marks leads that cannot get a slot as waiting_for_capacity', async () => {
    runtime = createMockRuntime({ seedLeads: false, concurrency: 1 })
    await enrollCsv(runtime, READY, 'phone_number\n9876500001\n9876500002\n')
    act('activate')
    runtime.tick()
    const [first, second] = runtime.db.leadsOf(READY)
    expect(first?.execution.state).toBe('in_call')
    expect(second?.history.at(-1)?.reason).toBe('waiting_for_capacity')
  })
})
