import type { GraphOp, IdAliases } from './graph-ops'

/** One user-visible change and the API ops that undo and redo it. */
export type UndoEntry = {
  /** What the change was, for "Undo delete “Call 2”": e.g. `delete “Call 2”`. */
  label: string
  undo: GraphOp[]
  redo: GraphOp[]
}

const LIMIT = 100

/**
 * The undo and redo stacks of one workflow, with the id aliases its ops share. Plain data and
 * functions; `subscribe` lets React follow it (useSyncExternalStore).
 */
export function createUndoHistory() {
  let past: UndoEntry[] = []
  let future: UndoEntry[] = []
  let busy = false
  const aliases: IdAliases = new Map()
  const listeners = new Set<() => void>()
  let snapshot = { past, future, busy }
  const changed = () => {
    snapshot = { past, future, busy }
    for (const l of listeners) l()
  }

  return {
    aliases,
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    getSnapshot: () => snapshot,
    /** A new change: it can be undone; what was undone before can no longer be redone. */
    record(entry: UndoEntry) {
      past = [...past.slice(-(LIMIT - 1)), entry]
      future = []
      changed()
    },
    setBusy(value: boolean) {
      busy = value
      changed()
    },
    /** After the undo ops of the last change applied: it moves to the redo stack. */
    undone() {
      const entry = past.at(-1)
      if (!entry) return
      past = past.slice(0, -1)
      future = [...future, entry]
      changed()
    },
    redone() {
      const entry = future.at(-1)
      if (!entry) return
      future = future.slice(0, -1)
      past = [...past, entry]
      changed()
    },
    /** A change that can no longer be undone (its undo was refused): dropped with what is after it. */
    dropLastUndo() {
      past = past.slice(0, -1)
      changed()
    },
    dropLastRedo() {
      future = future.slice(0, -1)
      changed()
    },
  }
}
export type UndoHistory = ReturnType<typeof createUndoHistory>
