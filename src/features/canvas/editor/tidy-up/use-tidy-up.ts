import { useCallback, useEffect, useRef, useState } from 'react'
import { useReactFlow } from '@xyflow/react'
import { toast } from '../../../../lib/toast'
import type { LinkEdge, StepNode } from '../../types'
import type { GraphActions } from '../use-graph-actions'
import { loadDagre } from '../../layout/dagre-lib'
import { planTidy } from './plan-tidy'
import { createProgressStore, type ProgressStore } from './progress-store'

/** A tidy-up being saved: its progress (per step) and how to cancel it. */
export type TidyRun = { store: ProgressStore; cancel: () => void }

/**
 * "Tidy up": lays the graph out, shows the result at once (one optimistic cache update, the view
 * fitted to it), then saves the steps that moved a few requests at a time, with progress and a
 * Cancel that puts back what was saved. Done, it is one undoable change ("Undo tidy up").
 */
export function useTidyUp(actions: GraphActions, fitView: () => void) {
  const flowApi = useReactFlow<StepNode, LinkEdge>()
  const [current, setCurrent] = useState<TidyRun | null>(null)
  const running = useRef<AbortController | null>(null)

  useEffect(() => () => running.current?.abort(), [])

  const run = useCallback(async () => {
    if (running.current) return
    try {
      await loadDagre()
    } catch {
      toast.error(
        'Could not tidy up: the layout code did not load. Check the connection and try again.',
      )
      return
    }
    if (running.current) return
    const moves = planTidy(flowApi.getNodes(), flowApi.getEdges())
    if (!moves.length) {
      // Said, not just done: a click that changes nothing would look like a click that failed.
      toast('Already tidy: no step needed moving.')
      return fitView()
    }
    const controller = new AbortController()
    running.current = controller
    const store = createProgressStore()
    let shown = false
    try {
      await actions.moveNodes(moves, 'tidy up', {
        signal: controller.signal,
        onProgress: (p) => {
          // The first call follows the optimistic update (after any live-edit confirmation).
          if (!shown) {
            shown = true
            setCurrent({ store, cancel: () => controller.abort() })
            requestAnimationFrame(fitView)
          }
          store.set(p)
        },
      })
    } finally {
      running.current = null
      setCurrent(null)
    }
  }, [actions, flowApi, fitView])

  return { run, current }
}
