import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { apiRequest } from './client'

/** Private endpoints of the built-in mock (`/v1/__mock/*`). A real API answers 404: the UI then hides them. */
const mockStateSchema = z.looseObject({
  clock: z
    .looseObject({
      now: z.union([z.string(), z.number()]).optional(),
      speed: z.number().optional(),
    })
    .optional(),
})

export const fetchMockState = () => apiRequest('/__mock/state', { schema: mockStateSchema })

export const resetMockData = () =>
  apiRequest('/__mock/reset', { method: 'POST', schema: z.unknown() })

export const mockQueries = {
  state: () =>
    queryOptions({
      queryKey: ['mock-state'],
      queryFn: fetchMockState,
      retry: false,
      staleTime: Infinity,
    }),
}
