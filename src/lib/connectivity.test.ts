import { onlineManager } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createConnectivity, type Connectivity } from './connectivity'

let connectivity: Connectivity | undefined
afterEach(() => {
  connectivity?.stop()
  onlineManager.setOnline(true)
  vi.useRealTimers()
})

describe('connectivity', () => {
  it('goes offline after repeated network failures and back online when a probe answers', async () => {
    vi.useFakeTimers()
    let serverUp = false
    const probe = vi.fn(async () => {
      if (serverUp) connectivity?.reached('/workflows')
      else connectivity?.unreachable('/workflows')
    })
    connectivity = createConnectivity({ probe, probeEveryMs: 1000 })

    connectivity.unreachable('/workflows')
    expect(onlineManager.isOnline()).toBe(true)
    connectivity.unreachable('/workflows/wf_1')
    expect(onlineManager.isOnline()).toBe(false)

    await vi.advanceTimersByTimeAsync(1000)
    expect(probe).toHaveBeenCalledTimes(1)
    expect(onlineManager.isOnline()).toBe(false)

    serverUp = true
    await vi.advanceTimersByTimeAsync(1000)
    expect(onlineManager.isOnline()).toBe(true)
    await vi.advanceTimersByTimeAsync(5000)
    expect(probe).toHaveBeenCalledTimes(2)
  })

  it('a success between failures resets the count; ignored paths do not count', () => {
    connectivity = createConnectivity({
      probe: async () => undefined,
      ignore: (p) => p.startsWith('/__mock'),
    })
    connectivity.unreachable('/workflows')
    connectivity.reached('/workflows')
    connectivity.unreachable('/workflows')
    connectivity.unreachable('/__mock/state')
    expect(onlineManager.isOnline()).toBe(true)
  })

  it('an ignored path that answers does not bring the app back online', () => {
    connectivity = createConnectivity({
      probe: async () => undefined,
      ignore: (p) => p.startsWith('/__mock'),
    })
    connectivity.unreachable('/workflows')
    connectivity.unreachable('/workflows')
    connectivity.reached('/__mock/clock')
    expect(onlineManager.isOnline()).toBe(false)
  })
})
