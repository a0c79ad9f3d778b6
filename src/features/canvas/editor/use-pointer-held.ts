import { useEffect, useState, type RefObject } from 'react'

/**
 * True from a pointer press inside `area` until that pointer is released anywhere (or the window
 * loses focus, when a release outside it may never be reported).
 */
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
    window.addEventListener('blur', release)
    return () => {
      element.removeEventListener('pointerdown', press, { capture: true })
      window.removeEventListener('pointerup', release)
      window.removeEventListener('pointercancel', release)
      window.removeEventListener('blur', release)
    }
  }, [area])
  return held
}
