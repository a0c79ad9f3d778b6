import { useEffect, useState } from 'react'
import type { MockClock } from './clock-api'

/** Simulated time extrapolated from the last clock reading, redrawn once a real second. */
export function useSimNow(clock: MockClock | undefined, readAt: number): number | null {
  const [realNow, setRealNow] = useState(() => Date.now())
  useEffect(() => {
    if (!clock || clock.speed === 0) return
    const timer = setInterval(() => setRealNow(Date.now()), 1_000)
    return () => clearInterval(timer)
  }, [clock])
  if (!clock) return null
  return clock.nowMs + Math.max(0, realNow - readAt) * clock.speed
}
