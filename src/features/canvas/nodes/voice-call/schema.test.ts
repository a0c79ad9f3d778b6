import { describe, expect, it } from 'vitest'
import { buildLookups } from '../../lookups'
import {
  makeVoiceCallFormSchema,
  summarizeVoiceCall,
  voiceCallConfig,
  voiceCallFormSchema,
  voiceCallFormValues,
} from './schema'

const agent = {
  id: 'agt_1',
  name: 'Priya',
  isPublished: true,
  isDeleted: false,
  timezone: undefined,
  templates: [],
}
const number = {
  id: 'phn_1',
  phoneNumber: '+912234567890',
  displayName: 'Mumbai',
  status: 'active',
  isActive: true,
  outboundAgentId: 'agt_1',
  provider: undefined,
  countryCode: undefined,
}
const lookups = buildLookups([agent], [number])

describe('VOICE_CALL form schema', () => {
  it('accepts a label, an agent and a number', () => {
    const r = voiceCallFormSchema.safeParse({
      label: 'Call',
      agent_id: 'agt_1',
      phone_number_id: 'phn_1',
    })
    expect(r.success).toBe(true)
  })

  it('rejects a missing agent, a missing number and an empty label', () => {
    const r = voiceCallFormSchema.safeParse({ label: '  ', agent_id: '', phone_number_id: '' })
    expect(r.success).toBe(false)
    const paths = r.error?.issues.map((i) => i.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['label', 'agent_id', 'phone_number_id']))
  })

  it('rejects agents and numbers that cannot be picked', () => {
    const schema = makeVoiceCallFormSchema({
      agentIds: new Set(['agt_1']),
      numberIds: new Set(['phn_1']),
    })
    expect(
      schema.safeParse({ label: 'Call', agent_id: 'agt_draft', phone_number_id: 'phn_1' }).success,
    ).toBe(false)
    expect(
      schema.safeParse({ label: 'Call', agent_id: 'agt_1', phone_number_id: 'phn_off' }).success,
    ).toBe(false)
  })

  it('writes agent_id, the E.164 from_phone_number and phone_number_id', () => {
    const config = voiceCallConfig(
      { label: 'Call', agent_id: 'agt_1', phone_number_id: 'phn_1' },
      lookups,
    )
    expect(config).toEqual({
      agent_id: 'agt_1',
      from_phone_number: '+912234567890',
      phone_number_id: 'phn_1',
    })
  })

  it('finds the picked number from from_phone_number alone', () => {
    const values = voiceCallFormValues(
      { label: 'Call', config: { agent_id: 'agt_1', from_phone_number: '+912234567890' } },
      lookups,
    )
    expect(values.phone_number_id).toBe('phn_1')
  })

  it('summarises agent and number by name', () => {
    expect(summarizeVoiceCall({ agent_id: 'agt_1', phone_number_id: 'phn_1' }, lookups)).toEqual([
      'Agent: Priya',
      'From: Mumbai (+912234567890)',
    ])
    expect(summarizeVoiceCall({}, lookups)).toEqual(['Agent: not chosen', 'From: not chosen'])
  })
})
