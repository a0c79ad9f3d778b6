import { describe, expect, it } from 'vitest'
import { listSchema } from '../envelope'
import { enrolResponseSchema, leadHistorySchema, leadSchema } from './lead'

describe('leadSchema', () => {
  it('reads the mock superset', () => {
    const lead = leadSchema.parse({
      id: 'wlead_1',
      workflow_id: 'wf_1',
      phone_number: '+919876543210',
      variables: { name: 'Priya' },
      metadata: { name: 'ignored' },
      current_node_id: 'node_a',
      status: 'active',
      execution_status: 'waiting',
      release_at: '2026-01-03T00:00:00.000Z',
      enrolled_at: '2026-01-01T00:00:00.000Z',
      created_at: '2025-01-01T00:00:00.000Z',
    })
    expect(lead).toMatchObject({
      id: 'wlead_1',
      phoneNumber: '+919876543210',
      variables: { name: 'Priya' },
      currentNodeId: 'node_a',
      status: 'active',
      enrolledAt: '2026-01-01T00:00:00.000Z',
      executionStatus: 'waiting',
      releaseAt: '2026-01-03T00:00:00.000Z',
      lastStep: null,
    })
  })

  it('reads variables from metadata, then dynamic_variables', () => {
    expect(
      leadSchema.parse({ id: 'a', phone_number: '+1', metadata: { city: 'Pune' } }).variables,
    ).toEqual({ city: 'Pune' })
    expect(
      leadSchema.parse({
        id: 'a',
        phone_number: '+1',
        dynamic_variables: { n: 3, ok: true, x: null },
      }).variables,
    ).toEqual({
      n: '3',
      ok: 'true',
      x: '',
    })
  })

  it('reads enrolled_at, then created_at, then createdAt', () => {
    expect(leadSchema.parse({ id: 'a', phone_number: '+1', created_at: 'c' }).enrolledAt).toBe('c')
    expect(leadSchema.parse({ id: 'a', phone_number: '+1', createdAt: 'd' }).enrolledAt).toBe('d')
  })

  it.each([
    ['in_progress', 'active'],
    ['running', 'active'],
    ['ACTIVE', 'active'],
    ['dropped', 'dropped'],
    ['on_hold', 'on_hold'],
  ])('normalises status %s to %s and keeps unknown ones', (raw, status) => {
    expect(leadSchema.parse({ id: 'a', phone_number: '+1', status: raw }).status).toBe(status)
  })

  it('takes the last step from a history array on the list row when there is one', () => {
    const lead = leadSchema.parse({
      id: 'a',
      phone_number: '+1',
      history: [
        { node_id: 'n1' },
        { node_id: 'n2', node_label: 'Wait 2 hours', reason: 'call_completed' },
      ],
    })
    expect(lead.lastStep).toMatchObject({
      nodeId: 'n2',
      nodeLabel: 'Wait 2 hours',
      reason: 'call_completed',
    })
  })

  it('reads a tier-C list without meta as one page', () => {
    const list = listSchema(leadSchema).parse({
      statusCode: 200,
      message: 'ok',
      data: [
        {
          id: 'lead_abc',
          phone_number: '+919876543210',
          dynamic_variables: {},
          status: 'pending',
          createdAt: 'x',
        },
      ],
    })
    expect(list.meta).toEqual({ page: 1, limit: 1, total: 1, totalPages: 1 })
    expect(list.data[0]?.status).toBe('pending')
  })
})

describe('leadHistorySchema', () => {
  it('reads shape A (node_label / entered_at / exited_at)', () => {
    const h = leadHistorySchema.parse({
      id: 'wflead_abc',
      workflow_id: 'wf_abc',
      history: [
        {
          node_id: 'n1',
          node_label: 'Call',
          node_type: 'VOICE_CALL',
          status: 'no_answer',
          call_id: 'call_a',
          entered_at: 't0',
          exited_at: 't1',
        },
        {
          node_id: 'n2',
          node_label: 'Wait 2 hours',
          node_type: 'TIME',
          status: 'waiting',
          call_id: null,
          entered_at: 't1',
          ends_at: 't9',
        },
      ],
    })
    expect(h.leadId).toBe('wflead_abc')
    expect(h.entries[0]).toMatchObject({
      nodeId: 'n1',
      nodeLabel: 'Call',
      callId: 'call_a',
      startedAt: 't0',
      endedAt: 't1',
    })
    expect(h.currentNodeId).toBe('n2')
    expect(h.releaseAt).toBe('t9')
  })

  it('reads shape B (label / started_at / ended_at)', () => {
    const h = leadHistorySchema.parse({
      history: [
        {
          node_id: 'n1',
          label: 'Call',
          node_type: 'VOICE_CALL',
          status: 'completed',
          started_at: 's',
          ended_at: 'e',
        },
      ],
    })
    expect(h.entries[0]).toMatchObject({ nodeLabel: 'Call', startedAt: 's', endedAt: 'e' })
    expect(h.currentNodeId).toBeNull()
  })

  it('reads shape C (lead, execution, transitions with metadata.call_id)', () => {
    const h = leadHistorySchema.parse({
      lead: { id: 'wlead_1', phone_number: '+91', dynamic_variables: { a: 'b' }, notes: 'n' },
      execution: { current_node_id: 'n3', status: 'active', release_at: 'r' },
      history: [
        {
          from_node_id: 'n1',
          to_node_id: 'n2',
          reason: 'COMPLETED',
          timestamp: 't',
          metadata: { call_id: 'call_x' },
        },
      ],
      all_nodes: [],
      all_edges: [],
    })
    expect(h.leadId).toBe('wlead_1')
    expect(h.lead?.variables).toEqual({ a: 'b' })
    expect(h.entries[0]).toMatchObject({
      fromNodeId: 'n1',
      toNodeId: 'n2',
      nodeId: 'n2',
      callId: 'call_x',
      startedAt: 't',
    })
    expect(h.currentNodeId).toBe('n3')
    expect(h.executionStatus).toBe('active')
    expect(h.releaseAt).toBe('r')
  })

  it('unwraps tier C and prefers node_label over label, entered_at over started_at', () => {
    const h = leadHistorySchema.parse({
      statusCode: 200,
      message: 'ok',
      data: {
        lead: { id: 'lead_abc', phone_number: '+91', status: 'in_progress', createdAt: 'c' },
        history: [{ node_id: 'n1', node_label: 'A', label: 'B', entered_at: 'e', started_at: 's' }],
      },
    })
    expect(h.leadId).toBe('lead_abc')
    expect(h.executionStatus).toBe('active')
    expect(h.entries[0]).toMatchObject({ nodeLabel: 'A', startedAt: 'e' })
  })
})

describe('enrolResponseSchema', () => {
  it.each([
    [{ workflow_id: 'wf', leads_enrolled: 50, message: '50 leads enrolled' }, 50],
    [
      {
        statusCode: 201,
        message: 'ok',
        data: { '+91': ['lead_a', 'lead_b'], '+92': ['lead_c'] },
        count: 3,
      },
      3,
    ],
    [{ statusCode: 201, data: { '+91': ['lead_a', 'lead_b'] } }, 2],
    [{ data: [{ id: 'a' }, { id: 'b' }] }, 2],
    [{ id: 'wlead_1', workflow_id: 'wf', phone_number: '+91', status: 'in_progress' }, 1],
    [{}, null],
  ])('counts %j as %s enrolled', (body, enrolled) => {
    expect(enrolResponseSchema.parse(body).enrolled).toBe(enrolled)
  })
})
