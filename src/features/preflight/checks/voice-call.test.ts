import { describe, expect, it } from 'vitest'
import {
  agent,
  codesOf,
  nurtureInput,
  phoneNumber,
  problemsOf,
  withConfig,
} from '../testing/fixtures'

const base = nurtureInput()
const callWith = (config: Record<string, unknown>) => withConfig(base.graph, 'call1', config)
const number = { from_phone_number: '+912200000001', phone_number_id: 'phn_main' }
const voiceCodes = (input: typeof base) => codesOf(input).filter((c) => c.startsWith('voice-call.'))

describe('VOICE_CALL configuration', () => {
  it('reports a call without an agent, naming the node', () => {
    const problems = problemsOf({ ...base, graph: callWith({ ...number }) })
    expect(problems).toMatchObject([
      {
        code: 'voice-call.no-agent',
        nodeId: 'call1',
        severity: 'error',
        message: '“First call” has no agent.',
        fix: 'Open the step and pick a published agent.',
      },
    ])
  })

  it('reports a call without an outbound number', () => {
    expect(voiceCodes({ ...base, graph: callWith({ agent_id: 'agt_main' }) })).toEqual([
      'voice-call.no-number',
    ])
  })

  it('accepts a number given only by its E.164 string, formatted loosely', () => {
    const graph = callWith({ agent_id: 'agt_main', from_phone_number: '+91 22000 00001' })
    expect(voiceCodes({ ...base, graph })).toEqual([])
  })

  it('reports an agent that is not published', () => {
    const graph = callWith({ ...number, agent_id: 'agt_draft' })
    expect(voiceCodes({ ...base, graph })).toEqual(['voice-call.agent-unpublished'])
  })

  it('reports an agent that no longer exists or is deleted', () => {
    expect(voiceCodes({ ...base, graph: callWith({ ...number, agent_id: 'agt_gone' }) })).toEqual([
      'voice-call.agent-missing',
    ])
    const agents = [agent('agt_main', { isDeleted: true, isPublished: false })]
    expect(voiceCodes({ ...base, agents })).toEqual([
      'voice-call.agent-missing',
      'voice-call.agent-missing',
    ])
  })

  it('reports a number that is not the workspace’s', () => {
    const graph = callWith({ agent_id: 'agt_main', from_phone_number: '+15550000000' })
    expect(voiceCodes({ ...base, graph })).toEqual(['voice-call.number-missing'])
  })

  it('reports a number that is not active or has no outbound agent', () => {
    const phoneNumbers = [
      phoneNumber('phn_main', '+912200000001', {
        status: 'pending',
        isActive: false,
        outboundAgentId: null,
      }),
    ]
    const problems = problemsOf({ ...base, phoneNumbers }).filter((p) => p.nodeId === 'call1')
    expect(problems.map((p) => p.code)).toEqual([
      'voice-call.number-inactive',
      'voice-call.number-no-outbound-agent',
    ])
    expect(problems[0]?.message).toBe(
      '“First call” calls from +912200000001 (“Line phn_main”), which is not active (status: pending).',
    )
  })

  it('does not look agents or numbers up before they have loaded', () => {
    const graph = callWith({ agent_id: 'agt_gone', from_phone_number: '+15550000000' })
    expect(voiceCodes({ ...base, graph, agents: undefined, phoneNumbers: undefined })).toEqual([])
  })

  it('is quiet for a call with a published agent and an active number', () => {
    expect(voiceCodes(base)).toEqual([])
  })
})
