import { useCallback, type KeyboardEvent } from 'react'
import { useReactFlow } from '@xyflow/react'
import type { GraphActions } from '../editor/use-graph-actions'
import type { LinkEdge, StepNode } from '../types'
import { stepBox } from '../view/step-box'
import { ARROW_DIRECTION, stepInDirection } from './step-navigation'
import type { FocusStep } from './use-focus-step'
import { stepIdOf } from './use-roving-step'

/** How far Alt+arrow moves a step (Alt+Shift+arrow: five times as far). */
const NUDGE = 20

type Options = {
  actions: GraphActions
  readOnly: boolean
  focusStep: FocusStep
  /** "C" on a step: the Connect to… dialog for it. */
  onConnectFrom: (id: string) => void
  /** Enter on a step: select it alone and put focus in its settings form. */
  onEdit: (id: string) => void
}

/**
 * Keys on a focused step: arrows move to the next step (along connections, else on screen),
 * Alt+arrows move the step itself, Enter opens its settings with focus in the form, C connects it. React Flow's own arrow handling (which moves
 * selected steps) is stopped in the capture phase, so the two never both happen.
 */
export function useStepKeys(options: Options) {
  const { actions, readOnly, focusStep, onConnectFrom, onEdit } = options
  const flow = useReactFlow<StepNode, LinkEdge>()

  const onKeyDownCapture = useCallback(
    (e: KeyboardEvent) => {
      const id = stepIdOf(e.target)
      if (!id || e.ctrlKey || e.metaKey) return
      const dir = ARROW_DIRECTION[e.key]
      if (dir) {
        e.preventDefault()
        e.stopPropagation()
        if (e.altKey) {
          const node = flow.getNode(id)
          if (!node || readOnly) return
          const step = NUDGE * (e.shiftKey ? 5 : 1)
          const dx = dir === 'left' ? -step : dir === 'right' ? step : 0
          const dy = dir === 'up' ? -step : dir === 'down' ? step : 0
          void actions.moveNodes([
            { nodeId: id, position: { x: node.position.x + dx, y: node.position.y + dy } },
          ])
          return
        }
        const next = stepInDirection(
          id,
          dir,
          flow.getNodes().map((n) => ({ id: n.id, ...stepBox(n) })),
          flow.getEdges(),
        )
        // At once, not on the next frame: a second arrow pressed before then would otherwise
        // start again from this step (quick or held arrows skipped steps).
        if (next) focusStep(next, { now: true })
        return
      }
      if (e.key === 'Enter' && !e.shiftKey && !e.altKey) {
        // Shift+Enter is React Flow's: it adds the step to the selection.
        e.preventDefault()
        e.stopPropagation()
        onEdit(id)
        return
      }
      if (!readOnly && !e.altKey && (e.key === 'c' || e.key === 'C')) {
        e.preventDefault()
        e.stopPropagation()
        onConnectFrom(id)
      }
    },
    [actions, flow, focusStep, onConnectFrom, onEdit, readOnly],
  )

  return onKeyDownCapture
}
