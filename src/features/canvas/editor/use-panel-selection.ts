import { useState, type RefObject } from 'react'
import type { LinkEdge, StepNode } from '../types'
import { usePointerHeld } from './use-pointer-held'

export type PanelSelection = { kind: 'node' | 'edge'; id: string }
const panelFor = (kind: PanelSelection['kind'] | null, id: string) => (kind ? { kind, id } : null)

/**
 * The panel follows the selection: what the side panel shows (one selected step or connection,
 * else nothing) and how many elements are selected. Dragging a step does not select it (a click
 * does); while a button is held (a box selection) the panel waits for the release, so opening a
 * form (and narrowing the canvas) never lands in the middle of a gesture. The object stays the
 * same while the same element stays selected, so the panel does not re-render during drags.
 */
export function usePanelSelection(
  nodes: readonly StepNode[],
  edges: readonly LinkEdge[],
  wrapper: RefObject<HTMLElement | null>,
) {
  const selectedNodes = nodes.filter((n) => n.selected)
  const selectedEdges = edges.filter((e) => e.selected)
  const selectedCount = selectedNodes.length + selectedEdges.length
  const selectedKind: 'node' | 'edge' | null =
    selectedCount !== 1 ? null : selectedNodes.length ? 'node' : 'edge'
  const selectedId = selectedNodes[0]?.id ?? selectedEdges[0]?.id ?? ''
  const pressing = usePointerHeld(wrapper)
  const [selection, setSelection] = useState<PanelSelection | null>(null)
  const stale =
    (selection?.kind ?? null) !== selectedKind || (!!selection && selection.id !== selectedId)
  if (!pressing && stale) setSelection(panelFor(selectedKind, selectedId))
  return { selection, selectedCount }
}
