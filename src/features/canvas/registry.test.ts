import { describe, expect, it } from 'vitest'
import { KNOWN_NODE_TYPES, NODE_TYPE_SPECS, outputForEdgeLabel } from '../../domain/node-types'
import { CANVAS_REGISTRY, canvasDef, nodeTypes } from './registry'
import { EMPTY_LOOKUPS } from './lookups'
import type { StepData, StepNode } from './types'

describe('canvas node registry', () => {
  it('has an entry for every creatable type, each with a React Flow node type', () => {
    for (const type of KNOWN_NODE_TYPES) {
      const def = CANVAS_REGISTRY[type]
      expect(def.spec).toBe(NODE_TYPE_SPECS[type])
      expect(nodeTypes[def.flowType]).toBe(def.Node)
    }
    expect(nodeTypes.generic).toBeDefined()
  })

  it('types each canvas node by its step type (tsc refuses a mismatched pair)', () => {
    const data: StepData<'TIME'> = {
      nodeType: 'TIME',
      typeTitle: 'Wait',
      label: 'Wait 2 days',
      summary: [],
      outputs: [],
      marker: null,
      visit: null,
      stats: null,
      pending: false,
    }
    const wait: StepNode = {
      id: 'n1',
      position: { x: 0, y: 0 },
      type: 'time',
      data,
    } satisfies StepNode
    // @ts-expect-error a node drawn as a Wait cannot carry a voice call's data
    const mismatched: StepNode = { ...wait, data: { ...data, nodeType: 'VOICE_CALL' } }
    expect([wait.type, mismatched.type]).toEqual(['time', 'time'])
  })

  it('maps DNP refinements and any casing of a label to its output', () => {
    expect(outputForEdgeLabel('VOICE_CALL', 'NO_ANSWER')?.id).toBe('DNP')
    expect(outputForEdgeLabel('VOICE_CALL', 'completed')?.id).toBe('COMPLETED')
    expect(outputForEdgeLabel('CONDITIONAL', 'TRUE')?.id).toBe('true')
    expect(outputForEdgeLabel('TIME', null)?.id).toBe('next')
  })

  it('has no entry for an unknown type, which the canvas draws as a generic node', () => {
    expect(canvasDef('WEBHOOK')).toBeUndefined()
  })

  it('gives every new step a config its own form can start from', () => {
    for (const type of KNOWN_NODE_TYPES) {
      const def = CANVAS_REGISTRY[type]
      expect(def.summarize(def.defaults(), EMPTY_LOOKUPS).length).toBeGreaterThan(0)
    }
  })
})
