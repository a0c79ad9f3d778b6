import { useSyncExternalStore } from 'react'

/** Narrower than this, the console is a monitoring view (Tailwind's `md`). */
export const NARROW_QUERY = '(max-width: 767px)'

/** Whether a media query matches now; re-renders when it changes (rotation, resizing). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => {}
      const list = window.matchMedia(query)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    () =>
      typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query).matches : false,
    () => false,
  )
}
