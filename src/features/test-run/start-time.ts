import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { mockQueries } from '../../api/mock-admin'

/**
 * The instant a test run starts from: the built-in mock's simulated clock when it answers (so
 * the run lines up with the demo's leads), else the real time. Read once when the panel opens.
 */
export function useRunStartTime(): number {
  const [openedAt] = useState(() => Date.now())
  const { data } = useQuery({ ...mockQueries.state(), staleTime: 0 })
  const now = data?.clock?.now
  const mockNow = typeof now === 'number' ? now : typeof now === 'string' ? Date.parse(now) : NaN
  const [first, setFirst] = useState<number | null>(null)
  if (first === null && Number.isFinite(mockNow)) setFirst(mockNow)
  return first ?? openedAt
}
