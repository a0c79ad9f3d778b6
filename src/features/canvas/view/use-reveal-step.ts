import { useCallback, type RefObject } from 'react'
import { useReactFlow } from '@xyflow/react'

const MARGIN = 16

const stepElement = (root: HTMLElement | null, id: string) =>
  root?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`) ?? null

const rootOf = (ref: RefObject<HTMLElement | null>) => ref.current

/**
 * Focus on a step that is off screen makes the browser scroll React Flow's wrapper (overflow:
 * hidden) to show it; React Flow scrolls it back on the `scroll` event, a frame later. Undone here
 * at once: the step is measured where it really is, and the canvas does not jump for a frame.
 */
function undoFocusScroll(root: HTMLElement) {
  const flowRoot = root.querySelector<HTMLElement>('.react-flow')
  if (!flowRoot) return
  if (flowRoot.scrollLeft) flowRoot.scrollLeft = 0
  if (flowRoot.scrollTop) flowRoot.scrollTop = 0
}

/** Whether `a` and `b` (screen rectangles) overlap. */
const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

/**
 * Pans (never zooms) so that a step is wholly in view and not under the overview map or the zoom
 * controls: for the step being edited, the step reached by the keyboard, a step just found.
 */
export function useRevealStep(wrapper: RefObject<HTMLElement | null>) {
  const flow = useReactFlow()
  return useCallback(
    (id: string) => {
      const root = rootOf(wrapper)
      const el = stepElement(root, id)
      const node = flow.getNode(id)
      if (!root || !el || !node) return
      undoFocusScroll(root)
      const view = root.getBoundingClientRect()
      // A canvas hidden behind another view (compare, review) has no size: nothing to reveal.
      if (!view.width || !view.height) return
      const box = el.getBoundingClientRect()
      const covers = [...root.querySelectorAll<HTMLElement>('.react-flow__panel')].map((p) =>
        p.getBoundingClientRect(),
      )
      const inside =
        box.left >= view.left + MARGIN &&
        box.top >= view.top + MARGIN &&
        box.right <= view.right - MARGIN &&
        box.bottom <= view.bottom - MARGIN
      if (inside && !covers.some((c) => overlap(c, box))) return
      const zoom = flow.getZoom()
      const width = box.width / zoom
      const height = box.height / zoom
      void flow.setCenter(node.position.x + width / 2, node.position.y + height / 2, {
        zoom,
        duration: 200,
      })
    },
    [flow, wrapper],
  )
}
