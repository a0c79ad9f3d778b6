import { describe, expect, it } from 'vitest'
import { runPool } from './pool'

const tick = () => new Promise((r) => setTimeout(r, 1))

describe('runPool', () => {
  it('never has more than `limit` tasks in flight and runs every item', async () => {
    let inFlight = 0
    let most = 0
    const result = await runPool(
      Array.from({ length: 40 }, (_, i) => i),
      async () => {
        most = Math.max(most, ++inFlight)
        await tick()
        inFlight--
      },
      { limit: 6 },
    )
    expect(most).toBe(6)
    expect(result.done).toHaveLength(40)
    expect(result.cancelled).toBe(false)
  })

  it('starts nothing more once cancelled, and says which items were done', async () => {
    const controller = new AbortController()
    const started: number[] = []
    const result = await runPool(
      Array.from({ length: 50 }, (_, i) => i),
      async (i) => {
        started.push(i)
        await tick()
      },
      {
        limit: 3,
        signal: controller.signal,
        onDone: (done) => {
          if (done === 5) controller.abort()
        },
      },
    )
    expect(result.cancelled).toBe(true)
    expect(started.length).toBeLessThan(10)
    expect(result.done.length).toBe(started.length)
  })

  it('stops at the first failure and reports it', async () => {
    const result = await runPool(
      [1, 2, 3, 4, 5, 6, 7, 8],
      async (i) => {
        await tick()
        if (i === 2) throw new Error('refused')
      },
      { limit: 2 },
    )
    expect(String(result.error)).toContain('refused')
    expect(result.done).not.toContain(1)
    expect(result.done.length).toBeLessThan(7)
  })
})
