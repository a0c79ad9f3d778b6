import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { whenQueriesSettle } from './queries-settled'

describe('whenQueriesSettle', () => {
  it('waits for every query being fetched, including ones started after it was asked', async () => {
    const client = new QueryClient()
    let answerFirst = () => {}
    let answerSecond = () => {}
    void client.fetchQuery({
      queryKey: ['first'],
      queryFn: () => new Promise<number>((r) => (answerFirst = () => r(1))),
    })
    let settled = false
    void whenQueriesSettle(client).then(() => (settled = true))
    void client.fetchQuery({
      queryKey: ['second'],
      queryFn: () => new Promise<number>((r) => (answerSecond = () => r(2))),
    })
    answerFirst()
    await new Promise((r) => setTimeout(r, 0))
    expect(settled).toBe(false)
    answerSecond()
    await new Promise((r) => setTimeout(r, 0))
    expect(settled).toBe(true)
  })

  it('resolves at once when nothing is being fetched', async () => {
    await expect(whenQueriesSettle(new QueryClient())).resolves.toBeUndefined()
  })

  it('gives up waiting after maxWaitMs', async () => {
    const client = new QueryClient()
    void client.fetchQuery({ queryKey: ['never'], queryFn: () => new Promise<number>(() => {}) })
    let settled = false
    void whenQueriesSettle(client, 20).then(() => (settled = true))
    await new Promise((r) => setTimeout(r, 5))
    expect(settled).toBe(false)
    await new Promise((r) => setTimeout(r, 40))
    expect(settled).toBe(true)
  })
})
