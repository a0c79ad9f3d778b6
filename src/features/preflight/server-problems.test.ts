import { describe, expect, it } from 'vitest'
import { ApiError } from '../../api/api-error'
import { serverProblemsFrom } from './server-problems'
import { nurtureGraph } from './testing/fixtures'

const graph = nurtureGraph()
const badRequest = (messages: string[], status = 400) =>
  new ApiError({
    kind: 'http',
    status,
    messages,
    method: 'POST',
    endpoint: '/workflows/wf_1/activate',
  })

describe('serverProblemsFrom', () => {
  it('turns each message of a 400 into an error from the server, mapped by node id first', () => {
    const problems = serverProblemsFrom(
      badRequest(['Node "Second call" (call1) has no agent.', 'Workflow needs leads.']),
      graph,
    )
    expect(problems).toEqual([
      {
        id: 'server:Node "Second call" (call1) has no agent.',
        code: 'server.rejected',
        severity: 'error',
        nodeId: 'call1',
        message: 'Node "Second call" (call1) has no agent.',
        fix: 'Open “First call” and fix this, then activate again.',
        summary: 'refused by the server',
        source: 'server',
      },
      expect.objectContaining({
        message: 'Workflow needs leads.',
        fix: 'Fix this, then activate again.',
      }),
    ])
  })

  it('falls back to a quoted label that only one node has', () => {
    const [problem] = serverProblemsFrom(
      badRequest(['Step “Wait a day” must be at least 1 hour.']),
      graph,
    )
    expect(problem?.nodeId).toBe('wait')
  })

  it('maps a message naming an edge id to the edge and its source node', () => {
    const [problem] = serverProblemsFrom(
      badRequest(['Edge e_wait_call2_default is not allowed.']),
      graph,
    )
    expect(problem).toMatchObject({ edgeId: 'e_wait_call2_default', nodeId: 'wait' })
  })

  it('leaves a message that names no known node on the workflow', () => {
    const [problem] = serverProblemsFrom(
      badRequest(['Node "Elsewhere" (node_zzz) is broken.']),
      graph,
    )
    expect(problem?.nodeId).toBeUndefined()
  })

  it('gives a generic problem for a 400 without messages', () => {
    expect(serverProblemsFrom(badRequest([]), graph)).toMatchObject([
      { message: 'The server refused to activate this workflow.' },
    ])
  })

  it('ignores anything that is not a 400', () => {
    expect(serverProblemsFrom(badRequest(['Conflict'], 409), graph)).toEqual([])
    expect(serverProblemsFrom(new Error('boom'), graph)).toEqual([])
  })
})
