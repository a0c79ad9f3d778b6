import { describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES, readGraphFile } from './graph-file'

const node = (id: string, node_type: string, label: string) => ({ id, node_type, label, position_x: 10, position_y: 20, config: {} })
const good = {
  format: 'workflow-console.graph',
  formatVersion: 1,
  exportedAt: '2026-12-01T10:00:00.000Z',
  source: { workflowId: 'wf_1', versionId: 3, versionName: 'Before Diwali pause', versionAt: '2026-12-01T09:00:00.000Z' },
  graph: {
    nodes: [node('a', 'VOICE_CALL', 'Call 1'), node('b', 'TIME', 'Wait'), node('c', 'CONVERTED', 'Done')],
    edges: [
      { id: 'e1', from_node_id: 'a', to_node_id: 'b', label: 'DNP' },
      { id: 'e2', from_node_id: 'a', to_node_id: 'c', label: 'COMPLETED' },
      { id: 'e3', from_node_id: 'b', to_node_id: 'a', label: null },
    ],
  },
}
const read = (value: unknown) => readGraphFile(typeof value === 'string' ? value : JSON.stringify(value))
const problems = (value: unknown) => {
  const result = read(value)
  return result.ok ? [] : result.problems
}
const withGraph = (graph: Partial<typeof good.graph>) => ({ ...good, graph: { ...good.graph, ...graph } })

describe('readGraphFile', () => {
  it('reads an exported version: its graph and the name it was saved under', () => {
    const result = read(good)
    expect(result).toEqual({ ok: true, file: { graph: good.graph, versionName: 'Before Diwali pause', workflowId: 'wf_1' } })
  })

  it('refuses what is not JSON, or empty, saying so', () => {
    expect(problems('{"format": ')[0]).toMatch(/^The file is not JSON: /)
    expect(problems('  ')).toEqual(['The file is empty.'])
  })

  it('refuses JSON that is not an exported workflow, and a newer format', () => {
    expect(problems({ nodes: [], edges: [] })[0]).toMatch(/^This is not a workflow file exported by the Workflow Console/)
    expect(problems([1, 2])[0]).toMatch(/^This is not a workflow file/)
    expect(problems({ ...good, formatVersion: 2 })).toEqual(['This file has format version 2; this console reads version 1 only.'])
  })

  it('says where the shape is wrong, counting steps and connections from one', () => {
    const bad = withGraph({
      nodes: [good.graph.nodes[0]!, { ...good.graph.nodes[1]!, position_x: 'left' as unknown as number }, good.graph.nodes[2]!],
      edges: [{ ...good.graph.edges[0]!, to_node_id: 7 as unknown as string }],
    })
    expect(problems(bad)).toEqual(['Step 2 (position_x): position_x must be a number.', 'Connection 1 (to_node_id): to_node_id must be text.'])
    expect(problems({ ...good, graph: null })).toEqual(['graph: the file has no graph (graph.nodes and graph.edges).'])
  })

  it('refuses step types the API cannot create, naming the step', () => {
    expect(problems(withGraph({ nodes: [...good.graph.nodes, node('d', 'WEBHOOK', 'Ping CRM')] }))).toEqual([
      "Step 4 'Ping CRM' has the type 'WEBHOOK', which cannot be created (known types: VOICE_CALL, TIME, CONDITIONAL, APPLICATION, CONVERTED, DROPPED).",
    ])
  })

  it('refuses connections to steps missing from the file, out of final steps, and repeated ones', () => {
    const edges = [
      { id: 'x1', from_node_id: 'a', to_node_id: 'gone', label: null },
      { id: 'x2', from_node_id: 'c', to_node_id: 'a', label: null },
      { id: 'x3', from_node_id: 'a', to_node_id: 'b', label: 'dnp' },
      { id: 'x4', from_node_id: 'a', to_node_id: 'b', label: 'DNP' },
    ]
    expect(problems(withGraph({ edges }))).toEqual([
      "Connection 1 goes to 'gone', which is not a step in the file.",
      "Connection 2 leaves 'Done', a final CONVERTED step, which cannot lead anywhere.",
      "Connection 4 repeats an earlier one from 'Call 1' to 'Wait' (DNP).",
    ])
    expect(problems(withGraph({ nodes: [node('a', 'VOICE_CALL', 'Call 1'), node('a', 'TIME', 'Wait')], edges: [] }))).toEqual([
      "Step 2 'Wait' has the id 'a' of an earlier step.",
    ])
  })

  it('refuses a file that is too big or has too many steps, and one with no steps', () => {
    expect(readGraphFile('{}', MAX_FILE_BYTES + 1)).toEqual({ ok: false, problems: ['The file is 5.0 MB; a workflow file can be at most 5.0 MB.'] })
    const many = withGraph({ nodes: Array.from({ length: 2001 }, (_, i) => node(`n${i}`, 'TIME', `Wait ${i}`)), edges: [] })
    expect(problems(many)).toEqual(['The file has 2001 steps and 0 connections; at most 2000 steps and 10000 connections can be imported.'])
    expect(problems(withGraph({ nodes: [], edges: [] }))).toEqual(['The file has no steps.'])
  })

  it('lists at most eight problems, then how many more', () => {
    const nodes = Array.from({ length: 12 }, (_, i) => node(`n${i}`, 'SMS', `Text ${i}`))
    const listed = problems(withGraph({ nodes, edges: [] }))
    expect(listed).toHaveLength(9)
    expect(listed.at(-1)).toBe('…and 4 more problems.')
  })
})
