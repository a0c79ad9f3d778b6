import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { apiRequest } from '../../api/client'

/**
 * The built-in mock's simulated clock (`/v1/__mock/clock`, a private extension). `speed` is
 * simulated ms per real ms. A real API answers 404 and the clock control renders nothing.
 */
const clockSchema = z
  .looseObject({
    now: z.string().optional(),
    now_ms: z.number().optional(),
    speed: z.number().nonnegative(),
  })
  .refine(
    (c) => c.now_ms !== undefined || (c.now !== undefined && !Number.isNaN(Date.parse(c.now))),
    {
      message: 'clock has no time',
    },
  )
  .transform((c) => ({ nowMs: c.now_ms ?? Date.parse(c.now ?? ''), speed: c.speed }))
export type MockClock = z.output<typeof clockSchema>

export const fetchMockClock = () => apiRequest('/__mock/clock', { schema: clockSchema })

export const setMockClock = (change: { speed: number } | { advance_ms: number }) =>
  apiRequest('/__mock/clock', { method: 'POST', body: change, schema: clockSchema })

export const clockQueries = {
  clock: () =>
    queryOptions({
      queryKey: ['mock-clock'],
      queryFn: fetchMockClock,
      retry: false,
      // Re-synchronise now and then; between answers the time is extrapolated locally.
      refetchInterval: 15_000,
      staleTime: 5_000,
    }),
}
