import { useCallback, type RefObject } from 'react'

export type FocusStep = (id: string, options?: { now?: boolean }) => void

/**
 * Moves keyboard focus to a step (making it the canvas's Tab stop) and pans it into view; a step
 * just created is drawn, then shown, a few frames after its id is known, so it waits for it.
 *
 * By default the first try is on the next frame (after a dialog that just closed has put focus
 * back where it was). `now`: a step already on the canvas (the one an arrow key leads to) takes
 * focus at once, so the next key, however soon it is pressed, starts from it and not from the
 * step being left.
 */
export function useFocusStep(
  wrapper: RefObject<HTMLElement | null>,
  reveal: (id: string) => void,
  setTabStop: (id: string) => void,
): FocusStep {
  return useCallback(
    (id, options) => {
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
      if (options?.now) attempt(60)
      else requestAnimationFrame(() => attempt(60))
    },
    [reveal, setTabStop, wrapper],
  )
}
