import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../api/api-error'
import { planBulkAction } from './plan-bulk-action'
import { runBulkAction, summariseBulk } from './run-bulk-action'

const three = [
  { id: 'a', title: 'Alpha', status: 'active' as const },
  { id: 'b', title: 'Beta', status: 'paused' as const },
  { id: 'c', title: 'Gamma', status: 'active' as const },
]

describe('bulk lifecycle actions', () => {
  it('plans a pause for the active ones and refuses the one already paused, with the reason', () => {
    const plan = planBulkAction('pause', three)
    expect(plan.filter((p) => p.send).map((p) => p.id)).toEqual(['a', 'c'])
    expect(plan[1]).toMatchObject({ id: 'b', send: false, reason: 'already paused' })
  })

  it('never cancels a final workflow and never resumes a draft', () => {
    const plan = planBulkAction('cancel', [
      { id: 'x', title: 'X', status: 'completed' },
      { id: 'y', title: 'Y', status: 'draft' },
    ])
    expect(plan.map((p) => p.send)).toEqual([false, true])
    expect(planBulkAction('resume', [{ id: 'y', title: 'Y', status: 'draft' }])[0]).toMatchObject({
      send: false,
      reason: 'a draft: it has not been activated',
    })
  })

  it('reports two done and one refused for a pause of three where one was already paused', async () => {
    const sent: string[] = []
    const results = await runBulkAction('pause', planBulkAction('pause', three), async (id) => {
      sent.push(id)
    })
    expect(sent).toEqual(['a', 'c'])
    expect(results.map((r) => r.outcome)).toEqual(['done', 'refused', 'done'])
    expect(summariseBulk('pause', results)).toBe('2 paused, 1 refused')
  })

  it('keeps going after a refusal or failure and reports each with the server’s words', async () => {
    const progress: number[] = []
    const results = await runBulkAction(
      'pause',
      planBulkAction('pause', [three[0]!, three[2]!]),
      async (id) => {
        if (id === 'a')
          throw new ApiError({
            kind: 'http',
            status: 409,
            messages: ['Workflow is already paused.'],
            method: 'POST',
            endpoint: '/workflows/a/pause',
          })
        throw new ApiError({
          kind: 'network',
          status: 0,
          messages: [],
          method: 'POST',
          endpoint: '',
        })
      },
      (partial) => progress.push(partial.length),
    )
    expect(results).toMatchObject([
      { id: 'a', outcome: 'refused', reason: 'Workflow is already paused.', sent: true },
      { id: 'c', outcome: 'failed', reason: expect.stringContaining('Could not reach') },
    ])
    expect(progress).toEqual([1, 2])
    expect(summariseBulk('pause', results)).toBe('0 paused, 1 refused, 1 failed')
  })
})
