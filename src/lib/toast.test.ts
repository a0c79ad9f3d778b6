import { describe, expect, it, vi } from 'vitest'

describe('toast before sonner has loaded', () => {
  it('loads sonner with the first toast, then shows what was asked for, in order, under the ids it returned', async () => {
    vi.resetModules()
    const shown: [string, unknown, { id?: unknown }][] = []
    const record = (kind: string) => (message: unknown, data?: { id?: unknown }) => {
      shown.push([kind, message, data ?? {}])
      return data?.id ?? 'sonner-id'
    }
    vi.doMock('sonner', () => ({
      toast: Object.assign(record('default'), {
        success: record('success'),
        error: record('error'),
        warning: record('warning'),
        loading: record('loading'),
        dismiss: (id?: unknown) => shown.push(['dismiss', id, {}]),
      }),
    }))
    const { toast, loadSonner } = await import('./toast')
    const progress = toast.loading('Saving 3 steps…')
    toast.error('Could not save.', { id: progress })
    toast.success('Saved', { id: 'faults' })
    toast.dismiss()
    expect(shown).toEqual([])
    await loadSonner()
    expect(shown).toEqual([
      ['loading', 'Saving 3 steps…', { id: progress }],
      ['error', 'Could not save.', { id: progress }],
      ['success', 'Saved', { id: 'faults' }],
      ['dismiss', undefined, {}],
    ])
    // Loaded: a toast now goes straight through.
    toast('Already tidy.')
    expect(shown.at(-1)?.[1]).toBe('Already tidy.')
    vi.doUnmock('sonner')
  })
})

describe('toast when sonner fails to load', () => {
  it('keeps the toasts and shows them once a later attempt loads it', async () => {
    vi.resetModules()
    const shown: unknown[] = []
    let attempts = 0
    vi.doMock('sonner', () => {
      attempts++
      if (attempts === 1) throw new Error('Failed to fetch dynamically imported module')
      return {
        toast: Object.assign((m: unknown) => shown.push(m), {
          error: (m: unknown) => shown.push(m),
        }),
      }
    })
    const { toast, loadSonner } = await import('./toast')
    toast.error('Could not pause: offline.')
    await expect(loadSonner()).rejects.toThrow()
    expect(shown).toEqual([])
    toast('Back online.')
    await loadSonner()
    expect(shown).toEqual(['Could not pause: offline.', 'Back online.'])
    vi.doUnmock('sonner')
  })
})
