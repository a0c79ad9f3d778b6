import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { mockQueries } from './mock-admin'

/**
 * The instant a test run or a forecast starts from: the built-in mock's simulated clock when it
 * answers (so it lines up with the demo's leads), else the real time. Read once, on mount.
 */
export function useStartInstant(): number {
  const [openedAt] = useState(() => Date.now())
  const { data } = useQuery({ ...mockQueries.state(), staleTime: 0 })
  const now = data?.clock?.now
  const mockNow = typeof now === 'number' ? now : typeof now === 'string' ? Date.parse(now) : NaN
  const [first, setFirst] = useState<number | null>(null)
  if (first === null && Number.isFinite(mockNow)) setFirst(mockNow)
  return first ?? openedAt
}
