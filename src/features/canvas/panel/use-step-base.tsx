import { useIsMutating, useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { graphMutationKey } from '../../../api/graph-mutations'
import { graphQueries } from '../../../api/graph'
import type { WorkflowNode } from '../../../api/schemas/graph'
import { Button } from '../../../components/ui/button'
import type { GraphActions } from '../editor/use-graph-actions'
import { isStepConflict, sameStep, type StepBase } from './step-conflict'
import type { SaveStep } from './use-step-form'
import { useUnsavedEdits } from './unsaved-edits'

/**
 * The version of a step its form was opened with (the base a save is checked against), and the
 * way back to the server's version: `showTheirs` drops what was typed and re-opens the form.
 */
export function useStepBase(workflowId: string, node: WorkflowNode, actions: GraphActions) {
  const queryClient = useQueryClient()
  const unsavedEdits = useUnsavedEdits()
  // The caller keys this by step: another step selected is a new base.
  const [opened, setOpened] = useState(() => ({ generation: 0, base: pick(node) }))

  const showTheirs = useCallback(() => {
    unsavedEdits.delete(node.id)
    const current = queryClient
      .getQueryData(graphQueries.graph(workflowId).queryKey)
      ?.nodes.find((n) => n.id === node.id)
    setOpened((o) => ({ generation: o.generation + 1, base: pick(current ?? node) }))
  }, [queryClient, unsavedEdits, node, workflowId])

  const save: SaveStep = useCallback(
    async (patch, options) => {
      try {
        const result = await actions.saveNode(node.id, patch, {
          base: opened.base,
          overwrite: options?.overwrite,
        })
        // What the server now holds (it may trim or fill in what was sent) is the new base: the
        // next save is checked against it.
        if (result === 'saved') {
          const saved = queryClient
            .getQueryData(graphQueries.graph(workflowId).queryKey)
            ?.nodes.find((n) => n.id === node.id)
          setOpened((o) => ({
            ...o,
            base: saved
              ? pick(saved)
              : { label: patch.label, config: patch.config ?? o.base.config },
          }))
        }
        return result
      } catch (error) {
        if (isStepConflict(error)) error.discardMine = showTheirs
        throw error
      }
    },
    [actions, node.id, opened.base, showTheirs, queryClient, workflowId],
  )

  return { base: opened.base, generation: opened.generation, save, showTheirs }
}

const pick = (node: StepBase): StepBase => ({ label: node.label, config: node.config })

/**
 * The step on screen changed elsewhere (found by the canvas's refresh) while its form is open:
 * say so, and offer the new version. A save is still checked against what the form was opened
 * with, so nothing is overwritten unseen.
 */
export function ChangedElsewhereNotice(props: {
  workflowId: string
  node: WorkflowNode
  base: StepBase
  onShow: () => void
}) {
  const { workflowId, node, base, onShow } = props
  const editing = useIsMutating({ mutationKey: graphMutationKey(workflowId) }) > 0
  if (editing || sameStep(node, base)) return null
  return (
    <div
      role="status"
      className="flex flex-col items-start gap-1.5 rounded-md border border-sky-300 bg-sky-50 p-2 text-sm text-sky-950"
    >
      <p>This step was changed elsewhere while you had it open.</p>
      <Button size="sm" onClick={onShow}>
        Show the new version
      </Button>
    </div>
  )
}
