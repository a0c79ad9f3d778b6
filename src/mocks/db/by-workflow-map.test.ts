import { describe, expect, it } from 'vitest'
import { ByWorkflowMap } from './by-workflow-map'

describe('ByWorkflowMap', () => {
  it('groups records by workflow through set, delete and clear', () => {
    const map = new ByWorkflowMap<{ id: string; workflow_id: string }>()
    map.set('a', { id: 'a', workflow_id: 'wf_1' })
    map.set('b', { id: 'b', workflow_id: 'wf_2' })
    map.set('c', { id: 'c', workflow_id: 'wf_1' })
    expect(map.of('wf_1').map((r) => r.id)).toEqual(['a', 'c'])
    map.delete('a')
    expect(map.of('wf_1').map((r) => r.id)).toEqual(['c'])
    map.set('b', { id: 'b', workflow_id: 'wf_1' })
    expect(map.of('wf_2')).toEqual([])
    expect(map.of('wf_1').map((r) => r.id)).toEqual(['c', 'b'])
    map.clear()
    expect(map.of('wf_1')).toEqual([])
    expect(map.size).toBe(0)
  })
})
