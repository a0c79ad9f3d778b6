import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/api-error'
import { createQueryClient } from './query-client'

const httpError = (status: number) =>
  new ApiError({ kind: 'http', status, messages: ['no'], method: 'GET', endpoint: '/workflows/wf' })

describe('the app query client', () => {
  it('does not retry a 4xx: the request is sent once', async () => {
    const queryFn = vi.fn(() => Promise.reject(httpError(404)))
    await expect(
      createQueryClient().fetchQuery({ queryKey: ['wf'], queryFn }),
    ).rejects.toMatchObject({ status: 404 })
    expect(queryFn).toHaveBeenCalledTimes(1)
  })

  it('retries a 503 (asks the same policy, isRetryable)', async () => {
    vi.useFakeTimers()
    try {
      const queryFn = vi
        .fn<() => Promise<string>>()
        .mockRejectedValueOnce(httpError(503))
        .mockResolvedValue('ok')
      const result = createQueryClient().fetchQuery({ queryKey: ['wf'], queryFn })
      await vi.runAllTimersAsync()
      await expect(result).resolves.toBe('ok')
      expect(queryFn).toHaveBeenCalledTimes(2)
    } finally {
      vi.useRealTimers()
    }
  })
})
