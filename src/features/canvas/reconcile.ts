import type { Edge, Node } from '@xyflow/react'

/** Structural equality for plain data (what `toFlow` produces). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every((k) =>
    sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  )
}

/**
 * What React Flow adds to nodes and that the server graph does not know. (`width`, `height` and
 * `measured` come from `toFlow`: the face's exact size, which changes with its parts.)
 */
const LOCAL_NODE_KEYS = ['selected', 'dragging'] as const

/**
 * Merges freshly derived nodes into the current ones: keeps selection and the
 * position of a node being dragged, and reuses the previous object when nothing changed, so
 * memoised nodes do not re-render (the canvas stays smooth at hundreds of nodes).
 */
export function reconcileNodes<N extends Node>(
  prev: readonly N[],
  next: readonly N[],
  options: { select?: string | null } = {},
): N[] {
  const before = new Map(prev.map((n) => [n.id, n]))
  const selectNew = next.some((n) => !before.has(n.id) && n.id === options.select)
  return next.map((node) => {
    const old = before.get(node.id)
    if (!old) return selectNew ? ({ ...node, selected: node.id === options.select } as N) : node
    const merged = { ...node } as N
    for (const key of LOCAL_NODE_KEYS)
      if (old[key] !== undefined) (merged as Node)[key] = old[key] as never
    if (selectNew) merged.selected = false
    if (old.dragging) merged.position = old.position
    return sameValue(old, merged) ? old : merged
  })
}

export function reconcileEdges<E extends Edge>(prev: readonly E[], next: readonly E[]): E[] {
  const before = new Map(prev.map((e) => [e.id, e]))
  return next.map((edge) => {
    const old = before.get(edge.id)
    if (!old) return edge
    const merged = old.selected ? ({ ...edge, selected: true } as E) : edge
    return sameValue(old, merged) ? old : merged
  })
}
