import { describe, expect, it } from 'vitest'
import { describeRefusedAction, permissionMessage } from './permission'

describe('describeRefusedAction', () => {
  it.each([
    ['POST', '/workflows', 'create workflows'],
    ['POST', '/workflows/wf_1/activate', 'activate this workflow'],
    ['POST', '/workflows/wf_1/pause', 'pause this workflow'],
    ['PATCH', '/workflows/wf_1', 'edit this workflow'],
    ['DELETE', '/workflows/wf_1', 'delete this workflow'],
    ['POST', '/workflows/wf_1/nodes', 'change the steps of this workflow'],
    ['DELETE', '/workflows/wf_1/edges/edge_1', 'change the steps of this workflow'],
    ['POST', '/workflows/wf_1/leads', 'enrol leads in this workflow'],
    ['GET', '/workflows?page=2', 'see workflows'],
    ['GET', '/agents2', 'see this'],
    ['POST', '/something-else', 'do this'],
  ])('%s %s → %s', (method, path, expected) => {
    expect(describeRefusedAction(method, path)).toBe(expected)
  })

  it('tells the user what to do', () => {
    expect(permissionMessage('POST', '/workflows/wf_1/activate')).toBe(
      'You do not have permission to activate this workflow — ask your administrator.',
    )
  })
})
