import { useCallback, type RefObject } from 'react'
import { useReactFlow } from '@xyflow/react'
import { findEntry } from '../../../domain/step-semantics/entry'
import type { LinkEdge, StepNode } from '../types'
import { readableViewport, type Viewport } from './readable-view'
import { stepBox } from './step-box'

const rootOf = (ref: RefObject<HTMLElement | null>) => ref.current

/** The readable view (see `readableViewport`) of these steps on a canvas of this size. */
export function readableViewOf(
  nodes: readonly StepNode[],
  edges: readonly LinkEdge[],
  screen: { width: number; height: number },
): Viewport {
  const entry = findEntry(
    nodes,
    edges.map((e) => e.target),
  )
  return readableViewport(nodes.map(stepBox), entry ? stepBox(entry) : null, screen)
}

/**
 * Shows the graph at a readable size (see `readableViewport`) from the "fit" control. (The
 * canvas opens at that view too: `CanvasEditor` passes it as the initial viewport.) Returns a
 * stable callback.
 */
export function useReadableView(wrapper: RefObject<HTMLElement | null>) {
  const flow = useReactFlow<StepNode, LinkEdge>()
  return useCallback(
    (duration: number) => {
      const box = rootOf(wrapper)?.getBoundingClientRect()
      const nodes = flow.getNodes()
      if (!box || !nodes.length) return
      const viewport = readableViewOf(nodes, flow.getEdges(), box)
      void flow.setViewport(viewport, duration ? { duration } : undefined)
    },
    [flow, wrapper],
  )
}
