import { useCallback, type RefObject } from 'react'
import { useReactFlow } from '@xyflow/react'
import { findEntry } from '../../../domain/step-semantics/entry'
import type { LinkEdge, StepNode } from '../types'
import { readableViewport } from './readable-view'
import { stepBox } from './step-box'

const rootOf = (ref: RefObject<HTMLElement | null>) => ref.current

/**
 * Shows the graph at a readable size (see `readableViewport`): on opening, and from the "fit"
 * control. Returns a stable callback.
 */
export function useReadableView(wrapper: RefObject<HTMLElement | null>) {
  const flow = useReactFlow<StepNode, LinkEdge>()
  return useCallback(
    (duration: number) => {
      const box = rootOf(wrapper)?.getBoundingClientRect()
      const nodes = flow.getNodes()
      if (!box || !nodes.length) return
      const entry = findEntry(
        nodes,
        flow.getEdges().map((e) => e.target),
      )
      const boxes = nodes.map(stepBox)
      const viewport = readableViewport(boxes, entry ? stepBox(entry) : null, {
        width: box.width,
        height: box.height,
      })
      void flow.setViewport(viewport, duration ? { duration } : undefined)
    },
    [flow, wrapper],
  )
}
