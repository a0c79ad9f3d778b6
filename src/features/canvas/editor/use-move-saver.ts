import { useCallback, useEffect, useRef } from 'react'
import type { XY } from '../layout/dagre-layout'

const SETTLE_MS = 250

/**
 * Collects finished moves (a drag end, or a burst of arrow-key moves) and saves them together
 * once the node has settled, so a keyboard user does not send a request per key press.
 */
export function useMoveSaver(
  save: (moves: { nodeId: string; position: XY }[]) => Promise<boolean>,
  onCancelled: () => void,
) {
  const pending = useRef(new Map<string, XY>())
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const flush = useCallback(() => {
    timer.current = null
    const moves = [...pending.current].map(([nodeId, position]) => ({ nodeId, position }))
    pending.current = new Map()
    if (moves.length)
      void save(moves).then((saved) => {
        if (!saved) onCancelled()
      })
  }, [save, onCancelled])

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    [],
  )

  return useCallback(
    (nodeId: string, position: XY) => {
      pending.current.set(nodeId, position)
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(flush, SETTLE_MS)
    },
    [flush],
  )
}
