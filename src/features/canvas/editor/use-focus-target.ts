import { useEffect, useState } from 'react'
import { useReactFlow } from '@xyflow/react'
import type { CanvasFocus } from '../types'

/**
 * The `focus` prop: select the node or edge, bring it into view and move keyboard focus to it
 * (a problem clicked in preflight lands on its node). A new nonce re-triggers the same id.
 */
export function useFocusTarget(
  focus: CanvasFocus | null | undefined,
  selectOnly: (kind: 'node' | 'edge', id: string) => void,
) {
  const { fitView, getEdge } = useReactFlow()
  const [seen, setSeen] = useState(focus)
  if (focus !== seen) {
    setSeen(focus)
    if (focus) selectOnly(focus.kind, focus.id)
  }

  useEffect(() => {
    if (!focus) return
    const frame = requestAnimationFrame(() => {
      const edge = focus.kind === 'edge' ? getEdge(focus.id) : undefined
      const ids = edge ? [edge.source, edge.target] : [focus.id]
      void fitView({ nodes: ids.map((id) => ({ id })), duration: 300, maxZoom: 1.2, padding: 0.3 })
      const selector = `.react-flow__${focus.kind}[data-id="${CSS.escape(focus.id)}"]`
      document.querySelector<HTMLElement | SVGElement>(selector)?.focus({ preventScroll: true })
    })
    return () => cancelAnimationFrame(frame)
  }, [focus, fitView, getEdge])
}
