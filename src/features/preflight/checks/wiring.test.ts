import { describe, expect, it } from 'vitest'
import {
  codesOf,
  edge,
  node,
  nurtureInput,
  problemsOf,
  withConfig,
  withEdges,
  withNodes,
  withoutEdge,
} from '../testing/fixtures'

const base = nurtureInput()
const graph = base.graph
const find = (g: typeof graph, code: string) =>
  problemsOf({ ...base, graph: g }).filter((p) => p.code === code)

describe('outgoing edges', () => {
  it('reports a non-terminal node with no outgoing edge (the documented checklist)', () => {
    const g = withoutEdge(graph, 'wait', null)
    expect(find(g, 'node.no-outgoing')).toMatchObject([{ nodeId: 'wait', severity: 'error' }])
    // One error is enough: its outputs are not listed one by one as well.
    expect(find(g, 'output.not-wired')).toEqual([])
  })

  it('does not ask terminal nodes for an outgoing edge', () => {
    expect(codesOf(base)).not.toContain('node.no-outgoing')
  })
})

describe('unwired outputs', () => {
  it.each([
    ['call1', 'FAILED', 'FAILED'],
    ['call1', 'DNP', 'DNP'],
    ['interested', 'true', 'true'],
    ['interested', 'false', 'false'],
    ['offer', 'failure', 'failure'],
    ['offer', 'success', 'success'],
  ])('reports %s without its %s route', (nodeId, label, output) => {
    const problems = find(withoutEdge(graph, nodeId, label), 'output.not-wired')
    expect(problems).toMatchObject([
      { nodeId, id: `output.not-wired:${nodeId}:${output}`, severity: 'error' },
    ])
  })

  it('explains who gets stuck', () => {
    const [problem] = find(withoutEdge(graph, 'call1', 'FAILED'), 'output.not-wired')
    expect(problem?.message).toBe(
      '“First call” has no connection for its FAILED output, so leads whose call fails get stuck there.',
    )
  })

  it('counts NO_ANSWER, BUSY or VOICEMAIL as the DNP route, in any casing', () => {
    const g = withEdges(withoutEdge(graph, 'call1', 'DNP'), edge('call1', 'wait', 'busy'))
    expect(codesOf({ ...base, graph: g })).toEqual([])
  })

  it('counts an unlabelled edge as a catch-all, with a warning', () => {
    const g = withEdges(withoutEdge(graph, 'call1', 'DNP'), edge('call1', 'wait'))
    expect(problemsOf({ ...base, graph: g }).map((p) => [p.code, p.severity])).toEqual([
      ['edge.unlabelled', 'warning'],
    ])
  })

  it('counts an APPLICATION output named in its config as wired', () => {
    const g = withConfig(withoutEdge(graph, 'offer', 'failure'), 'offer', {
      provider_key: 'wati',
      outputs: { failure: 'dropped' },
    })
    expect(find(g, 'output.not-wired')).toEqual([])
    const dangling = withConfig(withoutEdge(graph, 'offer', 'failure'), 'offer', {
      outputs: { failure: 'gone' },
    })
    expect(find(dangling, 'output.not-wired')).toHaveLength(1)
  })

  it('wires a branch-mode CONDITIONAL by its branch names', () => {
    const g = withEdges(
      withoutEdge(
        withoutEdge(
          withConfig(graph, 'interested', {
            mode: 'branch',
            condition_field: 'call_status',
            branches: ['INTERESTED', 'LATER'],
          }),
          'interested',
          'true',
        ),
        'interested',
        'false',
      ),
      edge('interested', 'offer', 'interested'),
    )
    expect(find(g, 'output.not-wired')).toMatchObject([{ id: 'output.not-wired:interested:LATER' }])
    expect(find(g, 'edge.unknown-label')).toEqual([])
  })
})

describe('edge labels', () => {
  it('reports a label that is not an output of its source node', () => {
    const g = withEdges(graph, edge('offer', 'dropped', 'maybe', 'e_maybe'))
    const [problem] = find(g, 'edge.unknown-label')
    expect(problem).toMatchObject({ nodeId: 'offer', edgeId: 'e_maybe', severity: 'error' })
    expect(problem?.message).toBe(
      'The connection from “Send offer” to “Dropped” is labelled “maybe”, which is not one of its outputs (success, failure).',
    )
  })

  it('reports a label on the edge of a TIME node', () => {
    const g = withEdges(withoutEdge(graph, 'wait', null), edge('wait', 'call2', 'next', 'e_next'))
    expect(find(g, 'edge.unknown-label')).toMatchObject([{ edgeId: 'e_next' }])
  })

  it('reports two edges leaving one node with the same label (case-insensitive)', () => {
    const g = withEdges(graph, edge('interested', 'converted', 'TRUE', 'e_dup'))
    expect(find(g, 'edge.duplicate-label')).toMatchObject([
      { nodeId: 'interested', edgeId: 'e_dup' },
    ])
  })

  it('reports two unlabelled edges leaving a TIME node', () => {
    const g = withEdges(graph, edge('wait', 'dropped', null, 'e_dup'))
    expect(find(g, 'edge.duplicate-label')).toMatchObject([{ nodeId: 'wait', edgeId: 'e_dup' }])
  })

  it('allows a DNP edge and a more specific NO_ANSWER edge side by side', () => {
    const g = withEdges(graph, edge('call1', 'dropped', 'NO_ANSWER'))
    expect(codesOf({ ...base, graph: g })).toEqual([])
  })
})

describe('edges leaving CONVERTED or DROPPED', () => {
  it.each(['converted', 'dropped'])('reports an edge leaving %s', (terminal) => {
    const g = withEdges(graph, edge(terminal, 'call2', null, 'e_after'))
    expect(find(g, 'edge.from-terminal')).toMatchObject([{ nodeId: terminal, edgeId: 'e_after' }])
  })

  it('is quiet when the terminals have no outgoing edge', () => {
    expect(codesOf(base)).not.toContain('edge.from-terminal')
  })

  it('still checks a node of an unknown type for an outgoing edge', () => {
    const g = withEdges(
      withNodes(graph, node('sms', 'SMS', 'Text them')),
      edge('wait', 'sms', null),
    )
    expect(find(g, 'node.no-outgoing')).toMatchObject([{ nodeId: 'sms' }])
  })
})
