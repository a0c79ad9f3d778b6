import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { toast } from '../../../lib/toast'
import { describeError, isApiError } from '../../../api/api-error'
import { graphQueries } from '../../../api/graph'
import { applyOps } from './apply-ops'
import { graphApiFor } from './graph-api'
import { conflictOf } from './graph-ops'
import { createUndoHistory, type UndoEntry, type UndoHistory } from './undo-history'

/**
 * One history per workflow, kept as long as the query client (the tab): it survives switching
 * steps and leaving the screen, not a reload (the ops refer to ids a reload cannot vouch for).
 */
const histories = new WeakMap<QueryClient, Map<string, UndoHistory>>()

export function undoHistoryOf(queryClient: QueryClient, workflowId: string): UndoHistory {
  let byWorkflow = histories.get(queryClient)
  if (!byWorkflow) histories.set(queryClient, (byWorkflow = new Map()))
  let history = byWorkflow.get(workflowId)
  if (!history) byWorkflow.set(workflowId, (history = createUndoHistory()))
  return history
}

export type UndoControls = {
  undoLabel: string | null
  redoLabel: string | null
  busy: boolean
  undo: () => Promise<void>
  redo: () => Promise<void>
  record: (entry: UndoEntry) => void
}

/**
 * Undo and redo through the API: the inverse operations, checked first against a fresh read of
 * the graph (a step changed elsewhere is not overwritten), behind the live-edit confirmation.
 */
export function useUndo(workflowId: string, confirm: () => Promise<boolean>): UndoControls {
  const queryClient = useQueryClient()
  const history = undoHistoryOf(queryClient, workflowId)
  const { past, future, busy } = useSyncExternalStore(history.subscribe, history.getSnapshot)

  const run = useCallback(
    async (direction: 'undo' | 'redo') => {
      const entry = (
        direction === 'undo' ? history.getSnapshot().past : history.getSnapshot().future
      ).at(-1)
      if (!entry || history.getSnapshot().busy) return
      const verb = direction === 'undo' ? 'undo' : 'redo'
      const drop = () => (direction === 'undo' ? history.dropLastUndo() : history.dropLastRedo())
      history.setBusy(true)
      try {
        const ops = direction === 'undo' ? entry.undo : entry.redo
        const graph = await queryClient.fetchQuery({
          ...graphQueries.graph(workflowId),
          staleTime: 0,
        })
        const conflict = conflictOf(graph, ops, history.aliases)
        if (conflict) {
          drop()
          toast.error(`Cannot ${verb} ${entry.label}: ${conflict}.`)
          return
        }
        if (!(await confirm())) return
        const result = await applyOps(graphApiFor(workflowId), ops, history.aliases)
        await queryClient.invalidateQueries({ queryKey: graphQueries.graph(workflowId).queryKey })
        if (result.error) {
          if (isApiError(result.error) && result.error.status === 409) drop()
          const partly =
            result.applied > 0 ? ` ${result.applied} of ${result.total} changes were made.` : ''
          toast.error(`Could not ${verb} ${entry.label}: ${describeError(result.error)}${partly}`)
          return
        }
        if (direction === 'undo') history.undone()
        else history.redone()
        toast.success(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${entry.label}.`)
      } catch (error) {
        toast.error(`Could not ${verb} ${entry.label}: ${describeError(error)}`)
      } finally {
        history.setBusy(false)
      }
    },
    [history, queryClient, workflowId, confirm],
  )

  const undo = useCallback(() => run('undo'), [run])
  const redo = useCallback(() => run('redo'), [run])
  return useMemo(
    () => ({
      undoLabel: past.at(-1)?.label ?? null,
      redoLabel: future.at(-1)?.label ?? null,
      busy,
      undo,
      redo,
      record: history.record,
    }),
    [past, future, busy, undo, redo, history],
  )
}
