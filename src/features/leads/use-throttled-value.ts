import { useEffect, useRef, useState } from 'react'

/** `value`, changing at most once per `intervalMs` (the latest value wins at the end of a window). */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [throttled, setThrottled] = useState(value)
  const lastSet = useRef(0)
  useEffect(() => {
    const wait = Math.max(0, lastSet.current + intervalMs - Date.now())
    const timer = setTimeout(() => {
      lastSet.current = Date.now()
      setThrottled(value)
    }, wait)
    return () => clearTimeout(timer)
  }, [value, intervalMs])
  return throttled
}
