import { describe, expect, it } from 'vitest'
import { workflowEdgeSchema, workflowNodeSchema } from './graph'

const node = (over: Record<string, unknown>) => ({
  id: 'n1',
  node_type: 'VOICE_CALL',
  label: 'Call',
  position_x: 10,
  position_y: 20,
  config: { agent_id: 'a1' },
  ...over,
})

describe('workflowNodeSchema', () => {
  it('reads numbers and numeric strings as positions, and blanks or nonsense as no position', () => {
    expect(workflowNodeSchema.parse(node({})).position).toEqual({ x: 10, y: 20 })
    expect(
      workflowNodeSchema.parse(node({ position_x: '12.5', position_y: '-3' })).position,
    ).toEqual({ x: 12.5, y: -3 })
    for (const blank of [null, undefined, '', 'abc', Infinity])
      expect(workflowNodeSchema.parse(node({ position_x: blank })).position).toBeNull()
  })

  it('refuses a position of another type, and a config that is not an object', () => {
    const wrong = workflowNodeSchema.safeParse(node({ position_y: true, config: ['a'] }))
    expect(wrong.success).toBe(false)
    expect(wrong.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'position_y: Expected a number, a numeric string or null',
      'config: Expected an object',
    ])
  })

  it('keeps the config as sent (the same object), and an absent one as empty', () => {
    const config = { agent_id: 'a1', nested: { x: 1 } }
    expect(workflowNodeSchema.parse(node({ config })).config).toBe(config)
    expect(workflowNodeSchema.parse(node({ config: null })).config).toEqual({})
    expect(workflowNodeSchema.parse(node({ config: undefined })).config).toEqual({})
  })

  it('unwraps the tier-C envelope and keeps unknown node types', () => {
    const parsed = workflowNodeSchema.parse({
      statusCode: 200,
      message: 'ok',
      data: node({ node_type: 'SMS', label: null }),
    })
    expect(parsed).toEqual({
      id: 'n1',
      nodeType: 'SMS',
      label: '',
      position: { x: 10, y: 20 },
      config: { agent_id: 'a1' },
    })
  })
})

describe('workflowEdgeSchema', () => {
  it('names the ends and treats a blank label as none', () => {
    expect(
      workflowEdgeSchema.parse({ id: 'e1', from_node_id: 'a', to_node_id: 'b', label: '  ' }),
    ).toEqual({ id: 'e1', source: 'a', target: 'b', label: null })
  })
})
