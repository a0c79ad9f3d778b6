import { useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { toast } from '../../../lib/toast'
import { describeError } from '../../../api/api-error'
import { graphQueries } from '../../../api/graph'
import type { WorkflowEdge, WorkflowGraph } from '../../../api/schemas/graph'
import { nodeOutputs } from '../../../domain/node-outputs'
import type { KnownNodeType } from '../../../domain/node-types'
import { CANVAS_REGISTRY } from '../registry'
import { applyOps } from '../undo/apply-ops'
import { graphApiFor } from '../undo/graph-api'
import { resolveId } from '../undo/graph-ops'
import type { UndoEntry } from '../undo/undo-history'
import { undoHistoryOf } from '../undo/use-undo'
import { insertIntoLink, redoOps, stepAfter, undoOps, type NewStep, type OpPair } from './build-ops'
import { pasteOps, type Clip } from './clipboard'

type XY = { x: number; y: number }

export const newStepOf = (type: KnownNodeType, at: XY): NewStep => {
  const def = CANVAS_REGISTRY[type]
  return {
    nodeType: type,
    label: def.spec.defaultLabel,
    config: def.defaults(),
    position: { x: Math.round(at.x), y: Math.round(at.y) },
  }
}

/** The label of the connection that leaves a new step of `type`: its first outcome's. */
const firstOutcome = (step: NewStep) => nodeOutputs(step)?.[0]?.edgeLabel ?? null

export type BuildActions = {
  /** A new step in the middle of a connection; resolves with the new step's id. */
  insertIntoLink: (edge: WorkflowEdge, type: KnownNodeType, at: XY) => Promise<string | null>
  /** A new step connected from one output of a step (replacing what that output pointed at). */
  addAfter: (
    sourceId: string,
    label: string | null,
    type: KnownNodeType,
    at: XY,
    replacing?: readonly WorkflowEdge[],
  ) => Promise<string | null>
  /** Pastes copied steps with their corner at `at`; resolves with the new steps' ids. */
  paste: (clip: Clip, at: XY, what: string) => Promise<string[]>
}

type Options = {
  confirm: () => Promise<boolean>
  record: (entry: UndoEntry) => void
  readOnly: boolean
}

const nameOf = (graph: WorkflowGraph, id: string) =>
  `“${graph.nodes.find((n) => n.id === id)?.label || 'step'}”`

/** How long a short change may wait for the API before its progress is shown. */
const SLOW_ANSWER_MS = 500

/**
 * Changes made of several API calls that the user sees as one: each runs its calls in order and
 * is one undoable change; when the API refuses one part-way, what was done is taken back, so the
 * graph is never left half-changed.
 */
export function useBuildActions(graphId: string, options: Options): BuildActions {
  const { confirm, record, readOnly } = options
  const queryClient = useQueryClient()
  return useMemo(() => {
    const history = undoHistoryOf(queryClient, graphId)
    const graphNow = (): WorkflowGraph =>
      queryClient.getQueryData(graphQueries.graph(graphId).queryKey) ?? { nodes: [], edges: [] }

    async function run(label: string, pairs: readonly OpPair[]): Promise<boolean> {
      if (readOnly || !(await confirm())) return false
      const api = graphApiFor(graphId)
      // Progress for a long change at once; for a short one only if the API is slow to answer,
      // so a change that hangs is never a silent wait.
      let progress: string | number | undefined
      let counts = [0, pairs.length]
      const show = () => {
        const text = `${capital(label)}: ${counts[0]} of ${counts[1]} changes…`
        progress = toast.loading(text, progress === undefined ? undefined : { id: progress })
      }
      const slow = setTimeout(show, pairs.length > 6 ? 0 : SLOW_ANSWER_MS)
      const result = await applyOps(api, redoOps(pairs), history.aliases, (done, total) => {
        counts = [done, total]
        if (progress !== undefined) show()
      }).finally(() => {
        clearTimeout(slow)
        if (progress !== undefined) toast.dismiss(progress)
      })
      if (result.error) {
        const back = await applyOps(api, undoOps(pairs, result.applied), history.aliases)
        toast.error(
          `Could not ${label}: ${describeError(result.error)} ${
            back.error
              ? 'Part of it was made and could not be taken back; check the graph.'
              : 'Nothing was changed.'
          }`,
        )
      } else record({ label, undo: undoOps(pairs), redo: redoOps(pairs) })
      await queryClient.invalidateQueries({ queryKey: graphQueries.graph(graphId).queryKey })
      return !result.error
    }
    const real = (ref: string) => resolveId(history.aliases, ref)

    return {
      insertIntoLink: async (edge, type, at) => {
        const graph = graphNow()
        const step = newStepOf(type, at)
        const { pairs, stepRef } = insertIntoLink(edge, step, firstOutcome(step))
        const ok = await run(
          `insert “${step.label}” between ${nameOf(graph, edge.source)} and ${nameOf(graph, edge.target)}`,
          pairs,
        )
        return ok ? real(stepRef) : null
      },
      addAfter: async (sourceId, label, type, at, replacing = []) => {
        const graph = graphNow()
        const step = newStepOf(type, at)
        const { pairs, stepRef } = stepAfter(sourceId, label, step, replacing)
        const ok = await run(`add “${step.label}” after ${nameOf(graph, sourceId)}`, pairs)
        return ok ? real(stepRef) : null
      },
      paste: async (clip, at, what) => {
        const { pairs, stepRefs } = pasteOps(clip, at)
        const ok = await run(what, pairs)
        return ok ? stepRefs.map(real) : []
      },
    }
  }, [confirm, graphId, queryClient, readOnly, record])
}

const capital = (s: string) => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`
