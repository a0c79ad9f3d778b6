import { describe, expect, it } from 'vitest'
import type { WorkflowGraph } from '../../../api/schemas/graph'
import type { PhoneNumber } from '../../../api/schemas/resources'
import { deriveReadiness } from './readiness'

const node = (id: string, nodeType: string, config: Record<string, unknown> = {}) => ({
  id,
  nodeType,
  label: id,
  position: null,
  config,
})
const number = (id: string, phoneNumber: string, over: Partial<PhoneNumber> = {}): PhoneNumber => ({
  id,
  phoneNumber,
  displayName: id,
  status: 'active',
  isActive: true,
  outboundAgentId: 'agt_1',
  provider: 'plivo',
  countryCode: undefined,
  ...over,
})
const graph = (...nodes: ReturnType<typeof node>[]): WorkflowGraph => ({ nodes, edges: [] })

describe('deriveReadiness', () => {
  it('applies no rule when the workflow has no voice call', () => {
    expect(deriveReadiness(graph(node('t', 'TIME')), [])).toEqual({
      hasVoiceCall: false,
      hasActiveNumber: true,
      allowedCallingCodes: null,
    })
  })

  it('finds no active number when the voice call numbers are inactive or unset', () => {
    const numbers = [number('phn_1', '+912235550101', { isActive: false, status: 'pending' })]
    const r = deriveReadiness(
      graph(node('v', 'VOICE_CALL', { phone_number_id: 'phn_1' }), node('w', 'VOICE_CALL')),
      numbers,
    )
    expect(r.hasVoiceCall).toBe(true)
    expect(r.hasActiveNumber).toBe(false)
  })

  it('allows the countries of the active numbers, matched by id or by E.164', () => {
    const numbers = [
      number('phn_1', '+912235550101', { countryCode: 'IN' }),
      number('phn_2', '+12125550107'),
      number('phn_3', '+442079460958'),
    ]
    const r = deriveReadiness(
      graph(
        node('a', 'VOICE_CALL', { phone_number_id: 'phn_1' }),
        node('b', 'VOICE_CALL', { from_phone_number: '+12125550107' }),
      ),
      numbers,
    )
    expect(r).toEqual({
      hasVoiceCall: true,
      hasActiveNumber: true,
      allowedCallingCodes: ['91', '1'],
    })
  })

  it('lifts the country rule for SIP numbers', () => {
    const numbers = [number('phn_1', '+912235550101', { provider: 'SIP trunk' })]
    const r = deriveReadiness(graph(node('a', 'VOICE_CALL', { phone_number_id: 'phn_1' })), numbers)
    expect(r.allowedCallingCodes).toBeNull()
    expect(r.hasActiveNumber).toBe(true)
  })

  it('skips the number rules while the numbers are unknown', () => {
    const r = deriveReadiness(
      graph(node('a', 'VOICE_CALL', { phone_number_id: 'phn_1' })),
      undefined,
    )
    expect(r).toEqual({ hasVoiceCall: true, hasActiveNumber: true, allowedCallingCodes: null })
  })
})
