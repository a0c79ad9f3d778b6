import { describe, expect, it, vi } from 'vitest'

describe('loadDagre', () => {
  it('tries again after a failed fetch (offline), and hands out the library once loaded', async () => {
    vi.resetModules()
    let attempts = 0
    vi.doMock('@dagrejs/dagre', () => {
      attempts++
      if (attempts === 1) throw new Error('Failed to fetch dynamically imported module')
      return { default: { layout: () => undefined } }
    })
    const { loadDagre, loadedDagre, isDagreLoaded } = await import('./dagre-lib')
    await expect(loadDagre()).rejects.toThrow()
    expect(isDagreLoaded()).toBe(false)
    expect(() => loadedDagre()).toThrow(/not loaded/)
    await loadDagre()
    expect(isDagreLoaded()).toBe(true)
    expect(typeof loadedDagre().layout).toBe('function')
    vi.doUnmock('@dagrejs/dagre')
  })
})
