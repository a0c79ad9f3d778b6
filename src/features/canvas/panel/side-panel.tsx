import { memo, useEffect, useRef } from 'react'
import { useQuery } from '@tanstack/react-query'
import { graphQueries } from '../../../api/graph'
import { isTemporaryId } from '../../../api/graph-mutations'
import type { WorkflowEdge, WorkflowGraph, WorkflowNode } from '../../../api/schemas/graph'
import { Button } from '../../../components/ui/button'
import type { GraphActions } from '../editor/use-graph-actions'
import { canvasDef } from '../registry'
import { typeTitleOf } from '../to-flow'
import { LabelOnlyPanel } from './label-only-panel'
import { NextSteps } from './next-steps'
import { ChangedElsewhereNotice, useStepBase } from './use-step-base'

type Props = {
  workflowId: string
  selection: { kind: 'node' | 'edge'; id: string }
  readOnly: boolean
  actions: GraphActions
  /** Closes the panel; keyboard focus goes back to `returnTo` (a node) or into the canvas. */
  onClose: (returnTo: string | null) => void
  /** Move focus into the form once it is there (a step just added). */
  focusForm: boolean
  onFormFocused: () => void
  /** Folds the panel to a strip, to give the canvas room. */
  onCollapse: () => void
  /** Opens the step menu to put a new step into this connection. */
  onInsert: (edgeId: string) => void
}

/** Settings of the selected step (its form and next steps) or the selected connection. */
export const SidePanel = memo(function SidePanel({
  workflowId,
  selection,
  readOnly,
  actions,
  onClose,
  focusForm,
  onFormFocused,
  onCollapse,
  onInsert,
}: Props) {
  const { data: graph } = useQuery(graphQueries.graph(workflowId))
  const nodeId = selection.kind === 'node' ? selection.id : null
  const root = useRef<HTMLElement>(null)
  const formReady = Boolean(
    nodeId && !isTemporaryId(nodeId) && graph?.nodes.some((n) => n.id === nodeId),
  )
  useEffect(() => {
    if (!focusForm || !formReady) return
    root.current?.querySelector<HTMLElement>('form input, form select, form textarea')?.focus()
    onFormFocused()
  }, [focusForm, formReady, onFormFocused])
  if (!graph) return null
  const node = nodeId ? graph.nodes.find((n) => n.id === nodeId) : undefined
  const edge =
    selection.kind === 'edge' ? graph.edges.find((e) => e.id === selection.id) : undefined
  if (!node && !edge) return null
  const heading = node
    ? `${typeTitleOf(node.nodeType)}: ${node.label || 'Untitled'}`
    : `Connection ${edge?.label ?? '(default)'}`
  return (
    // Escape from anywhere in the panel (a select keeps its own) goes back to the step, panel open.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <aside
      ref={root}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return
        const stepId = selection.kind === 'node' ? selection.id : (edge?.source ?? '')
        const step = document.querySelector<HTMLElement>(
          `.react-flow__node[data-id="${CSS.escape(stepId)}"]`,
        )
        if (!step) return
        e.preventDefault()
        step.focus()
      }}
      aria-labelledby="canvas-side-panel-title"
      className="flex w-80 shrink-0 flex-col gap-4 overflow-y-auto border-l border-slate-200 bg-white p-4"
    >
      <div className="flex items-start justify-between gap-2">
        <h2
          id="canvas-side-panel-title"
          className="text-base font-semibold break-words text-slate-900"
        >
          {heading}
        </h2>
        <div className="flex shrink-0 gap-1">
          <Button
            size="sm"
            variant="ghost"
            onClick={onCollapse}
            aria-label="Fold the settings panel away"
            title="Fold the settings panel away"
          >
            »
          </Button>
          <Button
            size="sm"
            variant="ghost"
            onClick={() =>
              onClose(selection.kind === 'node' ? selection.id : (edge?.source ?? null))
            }
            aria-label="Close the settings panel"
          >
            ✕
          </Button>
        </div>
      </div>
      {node ? (
        <StepSettings
          key={node.id}
          node={node}
          graph={graph}
          workflowId={workflowId}
          readOnly={readOnly}
          actions={actions}
          onDeleted={() => onClose(null)}
          onInsert={onInsert}
        />
      ) : null}
      {edge ? (
        <ConnectionSettings
          edge={edge}
          graph={graph}
          readOnly={readOnly}
          actions={actions}
          onDeleted={() => onClose(edge.source)}
          onInsert={onInsert}
        />
      ) : null}
    </aside>
  )
})

type StepSettingsProps = {
  node: WorkflowNode
  graph: WorkflowGraph
  workflowId: string
  readOnly: boolean
  actions: GraphActions
  onDeleted: () => void
  onInsert: (edgeId: string) => void
}

/** The selected step: its own form (from the registry), its next steps, and Delete. */
function StepSettings({
  node,
  graph,
  workflowId,
  readOnly,
  actions,
  onDeleted,
  onInsert,
}: StepSettingsProps) {
  const { base, generation, save, showTheirs } = useStepBase(workflowId, node, actions)
  if (isTemporaryId(node.id))
    return (
      <p className="text-sm text-slate-600" role="status">
        Saving the new step…
      </p>
    )
  const Panel = canvasDef(node.nodeType)?.Panel
  return (
    <>
      <ChangedElsewhereNotice workflowId={workflowId} node={node} base={base} onShow={showTheirs} />
      {Panel ? (
        <Panel
          key={`${node.id}:${generation}`}
          node={node}
          workflowId={workflowId}
          readOnly={readOnly}
          save={save}
        />
      ) : (
        <LabelOnlyPanel
          key={`${node.id}:${generation}`}
          node={node}
          workflowId={workflowId}
          readOnly={readOnly}
          save={save}
          note={`This client does not know “${node.nodeType}” steps; only the name can be edited here.`}
        />
      )}
      <NextSteps
        node={node}
        graph={graph}
        readOnly={readOnly}
        actions={actions}
        onInsert={onInsert}
      />
      {readOnly ? null : (
        <Button
          variant="danger"
          onClick={() => {
            actions.deleteElements([node.id], [])
            onDeleted()
          }}
          className="self-start"
        >
          Delete step
        </Button>
      )}
    </>
  )
}

type ConnectionSettingsProps = {
  edge: WorkflowEdge
  graph: WorkflowGraph
  readOnly: boolean
  actions: GraphActions
  onDeleted: () => void
  onInsert: (edgeId: string) => void
}

/** The selected connection: where it runs, on which outcome, and Delete. */
function ConnectionSettings({
  edge,
  graph,
  readOnly,
  actions,
  onDeleted,
  onInsert,
}: ConnectionSettingsProps) {
  const nameOf = (id: string) => graph.nodes.find((n) => n.id === id)?.label || 'Untitled'
  return (
    <>
      <p className="text-sm text-slate-700">
        From <strong>{nameOf(edge.source)}</strong> to <strong>{nameOf(edge.target)}</strong>
        {edge.label ? ` when the outcome is ${edge.label}` : ', whatever the outcome'}.
      </p>
      {readOnly ? null : (
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => onInsert(edge.id)}>Insert a step here</Button>
          <Button
            variant="danger"
            onClick={() => {
              actions.deleteElements([], [edge])
              onDeleted()
            }}
          >
            Delete connection
          </Button>
        </div>
      )}
    </>
  )
}
