import { describe, expect, it } from 'vitest'
import { loadOnce } from './load-once'

describe('loadOnce', () => {
  it('shares one load between calls, and loads again only after a failure', async () => {
    let runs = 0
    const load = loadOnce(() =>
      ++runs === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(`loaded ${runs}`),
    )
    await expect(load()).rejects.toThrow('offline')
    const [a, b] = await Promise.all([load(), load()])
    expect([a, b, await load()]).toEqual(['loaded 2', 'loaded 2', 'loaded 2'])
    expect(runs).toBe(2)
  })
})
