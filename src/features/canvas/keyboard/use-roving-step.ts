import { useCallback, useMemo, useState, type FocusEvent } from 'react'
import type { StepNode } from '../types'

const TAB_STOP = { tabIndex: 0 } as const
const NOT_A_TAB_STOP = { tabIndex: -1 } as const

/** Each node object dressed once per role, so unchanged nodes stay the same object. */
const asTabStop = new WeakMap<StepNode, StepNode>()
const asOther = new WeakMap<StepNode, StepNode>()

export const stepIdOf = (target: EventTarget | null): string | null =>
  target instanceof HTMLElement && target.classList.contains('react-flow__node')
    ? (target.dataset.id ?? null)
    : null

/**
 * The canvas is one Tab stop: only one step (the last one focused, else the entry step) is in
 * the Tab order; the arrow keys move between steps from there. Every other step keeps
 * `tabIndex=-1` so it can still take focus from a click or the arrow keys. A node object changes
 * only when it gains or loses the Tab stop, so React Flow re-renders just those two.
 */
export function useRovingStep(
  nodes: readonly StepNode[],
  fallback: string | null,
  reveal: (id: string) => void,
) {
  const [current, setCurrent] = useState<string | null>(null)
  const stop =
    current && nodes.some((n) => n.id === current) ? current : (fallback ?? nodes[0]?.id ?? null)
  const withStops = useMemo(
    () =>
      nodes.map((n) => {
        const wanted = n.id === stop ? TAB_STOP : NOT_A_TAB_STOP
        if (n.domAttributes?.tabIndex === wanted.tabIndex) return n
        const cache = wanted === TAB_STOP ? asTabStop : asOther
        let dressed = cache.get(n)
        if (!dressed) {
          dressed = { ...n, domAttributes: { ...n.domAttributes, ...wanted } } as StepNode
          cache.set(n, dressed)
        }
        return dressed
      }),
    [nodes, stop],
  )
  // A step reached by Tab (or focused from elsewhere) is brought into view: focus is never off screen.
  const onFocusCapture = useCallback(
    (e: FocusEvent) => {
      const id = stepIdOf(e.target)
      if (!id) return
      setCurrent(id)
      // Not for a press of the mouse (it may be the start of a drag, and the step is in sight): the
      // pressed step is `:active`. (`:focus-visible` is no test: a script's focus after a click,
      // as from assistive technology, does not match it, and the step would stay off screen.)
      if (!(e.target as HTMLElement).matches(':active')) reveal(id)
    },
    [reveal],
  )
  return { nodes: withStops, tabStop: stop, setTabStop: setCurrent, onFocusCapture }
}
