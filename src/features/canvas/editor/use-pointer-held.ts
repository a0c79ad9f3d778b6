import { useEffect, useState, type RefObject } from 'react'

/** True from a pointer press inside `area` until that pointer is released anywhere. */
export function usePointerHeld(area: RefObject<HTMLElement | null>): boolean {
  const [held, setHeld] = useState(false)
  useEffect(() => {
    const element = area.current
    if (!element) return
    const press = () => setHeld(true)
    const release = () => setHeld(false)
    element.addEventListener('pointerdown', press, { capture: true })
    window.addEventListener('pointerup', release)
    window.addEventListener('pointercancel', release)
    return () => {
      element.removeEventListener('pointerdown', press, { capture: true })
      window.removeEventListener('pointerup', release)
      window.removeEventListener('pointercancel', release)
    }
  }, [area])
  return held
}
