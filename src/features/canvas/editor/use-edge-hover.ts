import { useCallback, useEffect, useRef, useState } from 'react'
import type { EdgeMouseHandler } from '@xyflow/react'

const LINGER_MS = 300

/**
 * The connection under the pointer, kept a moment after the pointer leaves it so that it can
 * reach the connection's "+" button (and kept while it is over that button).
 */
export function useEdgeHover() {
  const [edgeId, setEdgeId] = useState<string | null>(null)
  const timer = useRef<number | undefined>(undefined)
  const overButton = useRef(false)
  const clearLater = useCallback(() => {
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => {
      if (!overButton.current) setEdgeId(null)
    }, LINGER_MS)
  }, [])
  useEffect(() => () => window.clearTimeout(timer.current), [])
  const onEdgeMouseEnter: EdgeMouseHandler = useCallback((_, edge) => {
    window.clearTimeout(timer.current)
    setEdgeId(edge.id)
  }, [])
  const onEdgeMouseLeave: EdgeMouseHandler = useCallback(() => clearLater(), [clearLater])
  const onButtonHover = useCallback(
    (inside: boolean) => {
      overButton.current = inside
      if (inside) window.clearTimeout(timer.current)
      else clearLater()
    },
    [clearLater],
  )
  return { edgeId, onEdgeMouseEnter, onEdgeMouseLeave, onButtonHover }
}
