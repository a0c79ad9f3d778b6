import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { graphApiFor } from '../../../api/history'
import { workflowKeys } from '../../../api/query-keys'
import type { Workflow } from '../../../api/schemas/workflow'
import { createWorkflow, deleteWorkflow, type WorkflowInput } from '../../../api/workflows'
import { applyGraphOperations, type ApplyResult, type GraphOperation } from '../../../domain/graph-diff/plan'
import type { GraphSnapshot } from '../../../domain/graph-diff/snapshot'
import { importOperations } from './import-progress'

type Failed = Extract<ApplyResult, { ok: false }>

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'creating' }
  | { phase: 'not-created'; error: unknown }
  | { phase: 'building'; workflow: Workflow; ops: GraphOperation[]; done: number }
  /** The workflow exists with part of the graph: `applied` of `ops`, stopped at `result.failed`. */
  | { phase: 'part-way'; workflow: Workflow; ops: GraphOperation[]; applied: GraphOperation[]; result: Failed }
  | { phase: 'deleting'; workflow: Workflow }
  | { phase: 'not-deleted'; workflow: Workflow; error: unknown }
  | { phase: 'done'; workflow: Workflow }

/**
 * "New workflow from file": create the workflow, then its steps and connections one by one with
 * the ids the API hands out. A failure part-way keeps the workflow and says what exists; the
 * rest can be tried again (with the ids already created) or the half-built workflow deleted.
 */
export function useImportWorkflow() {
  const queryClient = useQueryClient()
  const [state, setState] = useState<ImportState>({ phase: 'idle' })

  const build = useCallback(
    async (workflow: Workflow, ops: GraphOperation[], todo: GraphOperation[], before: GraphOperation[], ids: Record<string, string>) => {
      setState({ phase: 'building', workflow, ops, done: before.length })
      const result = await applyGraphOperations(
        todo,
        graphApiFor(workflow.id),
        (done) => setState({ phase: 'building', workflow, ops, done: before.length + done }),
        ids,
      )
      void queryClient.invalidateQueries({ queryKey: workflowKeys.all() })
      const applied = [...before, ...result.applied]
      setState(result.ok ? { phase: 'done', workflow } : { phase: 'part-way', workflow, ops, applied, result })
      return result.ok ? workflow : null
    },
    [queryClient],
  )

  const start = useCallback(
    async (input: WorkflowInput, graph: GraphSnapshot) => {
      setState({ phase: 'creating' })
      let workflow: Workflow
      try {
        workflow = await createWorkflow(input)
      } catch (error) {
        setState({ phase: 'not-created', error })
        return null
      }
      const ops = importOperations(graph)
      return build(workflow, ops, ops, [], {})
    },
    [build],
  )

  const retry = useCallback(() => {
    if (state.phase !== 'part-way') return Promise.resolve(null)
    const { workflow, ops, applied, result } = state
    return build(workflow, ops, [result.failed, ...result.notApplied], applied, result.idMap)
  }, [state, build])

  const discard = useCallback(async () => {
    if (state.phase !== 'part-way' && state.phase !== 'not-deleted') return
    const { workflow } = state
    setState({ phase: 'deleting', workflow })
    try {
      await deleteWorkflow(workflow.id)
      setState({ phase: 'idle' })
    } catch (error) {
      setState({ phase: 'not-deleted', workflow, error })
    }
    void queryClient.invalidateQueries({ queryKey: workflowKeys.all() })
  }, [state, queryClient])

  const reset = useCallback(() => setState({ phase: 'idle' }), [])
  return { state, start, retry, discard, reset }
}
