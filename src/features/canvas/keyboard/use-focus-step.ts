import { useCallback, type RefObject } from 'react'

/**
 * Moves keyboard focus to a step (making it the canvas's Tab stop) and pans it into view; a step
 * just created is drawn, then shown, a few frames after its id is known, so it waits for it.
 */
export function useFocusStep(
  wrapper: RefObject<HTMLElement | null>,
  reveal: (id: string) => void,
  setTabStop: (id: string) => void,
) {
  return useCallback(
    (id: string) => {
      setTabStop(id)
      const attempt = (left: number) => {
        const el = wrapper.current?.querySelector<HTMLElement>(
          `.react-flow__node[data-id="${CSS.escape(id)}"]`,
        )
        // React Flow keeps a new step hidden (so unfocusable) until it has measured it.
        if (el && getComputedStyle(el).visibility !== 'hidden') {
          reveal(id)
          el.focus({ preventScroll: true })
        } else if (left > 0) requestAnimationFrame(() => attempt(left - 1))
      }
      requestAnimationFrame(() => attempt(60))
    },
    [reveal, setTabStop, wrapper],
  )
}
