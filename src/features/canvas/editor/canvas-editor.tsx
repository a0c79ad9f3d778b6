import { useCallback, useMemo, useRef, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import {
  Background,
  Controls,
  ReactFlow,
  useStore,
  type IsValidConnection,
  type NodeChange,
} from '@xyflow/react'
import type { WorkflowGraph } from '../../../api/schemas/graph'
import { resourceQueries } from '../../../api/resources'
import { isGraphEditable } from '../../../domain/workflow-status'
import { edgeTypes } from '../edges/link-edge'
import { buildLookups } from '../lookups'
import { SidePanel } from '../panel/side-panel'
import { nodeTypes } from '../registry'
import { INPUT_HANDLE } from '../to-flow'
import type { LinkEdge, StepNode, WorkflowCanvasProps } from '../types'
import { CanvasToolbar } from './canvas-toolbar'
import { OverviewMap } from './overview-map'
import { useEditGuard } from './edit-guard'
import { useChangeImpact } from './use-change-impact'
import { useGraphRefresh } from './use-graph-refresh'
import { Button } from '../../../components/ui/button'
import { FIT_VIEW, onPaletteDragOver, useCanvasCommands } from './use-canvas-commands'
import { useFlowState } from './use-flow-state'
import { useFocusTarget } from './use-focus-target'
import { usePanelSelection } from './use-panel-selection'
import { useGraphActions } from './use-graph-actions'
import { useMoveSaver } from './use-move-saver'
import { TidyProgressBar } from './tidy-up/tidy-progress'
import { useUndo } from '../undo/use-undo'
import { useUndoKeys } from '../undo/use-undo-keys'

const DELETE_KEYS = ['Delete', 'Backspace']
/** Below this zoom the words on steps and edges are under 4 px high: not readable. */
const DETAIL_ZOOM = 0.3
const isZoomedOut = (s: { transform: [number, number, number] }) => s.transform[2] < DETAIL_ZOOM

/** Only output handles start connections, only the input handle ends them. */
const isValidConnection: IsValidConnection = (c) =>
  c.targetHandle === INPUT_HANDLE && !!c.sourceHandle && !c.sourceHandle.startsWith('extra:')

type Props = WorkflowCanvasProps & { graph: WorkflowGraph }

export function CanvasEditor(props: Props) {
  const { workflowId, status, graph, markers, focus, pathHighlight, liveStats } = props
  const readOnly = props.readOnly === true || !isGraphEditable(status)
  // Zoomed out, the words are not painted (canvas.css), so a pan moves boxes and lines only.
  // This selector re-renders the editor only when the threshold is crossed.
  const zoomedOut = useStore(isZoomedOut)
  const wrapper = useRef<HTMLDivElement>(null)
  const { data: agents } = useQuery(resourceQueries.agents())
  const { data: numbers } = useQuery(resourceQueries.phoneNumbers())
  const lookups = useMemo(() => buildLookups(agents, numbers), [agents, numbers])
  const { confirm, markConfirmed, dialog } = useEditGuard(status)
  const impact = useChangeImpact({ workflowId, status, confirm, onConfirmed: markConfirmed })
  const history = useUndo(workflowId, confirm)
  const outside = useGraphRefresh(workflowId)
  const actions = useGraphActions(workflowId, {
    confirm,
    checkImpact: impact.check,
    readOnly,
    record: history.record,
    undo: history.undo,
  })
  const [select, setSelect] = useState<string | null>(null)
  const [resync, setResync] = useState(0)

  const flow = useFlowState({
    graph,
    lookups,
    markers,
    path: pathHighlight,
    stats: liveStats,
    select,
    resync,
  })
  const { selectOnly, onNodesChange: applyNodes } = flow
  useFocusTarget(focus, selectOnly)
  const [focusForm, setFocusForm] = useState(false)
  const onTempNode = useCallback((tempId: string) => {
    setSelect(tempId)
    setFocusForm(true)
  }, [])
  const onFormFocused = useCallback(() => setFocusForm(false), [])
  const commands = useCanvasCommands({ actions, wrapper, readOnly, onTempNode })

  const putBack = useCallback(() => setResync((n) => n + 1), [])
  const saveMove = useMoveSaver(actions.moveNodes, putBack)
  const onNodesChange = useCallback(
    (changes: NodeChange<StepNode>[]) => {
      applyNodes(changes)
      // A position change that is not mid-drag ends a drag or is a keyboard move: save it.
      for (const c of changes)
        if (c.type === 'position' && c.dragging === false && c.position) saveMove(c.id, c.position)
    },
    [applyNodes, saveMove],
  )

  useUndoKeys(readOnly ? null : history)
  const { selection, selectedCount } = usePanelSelection(flow.nodes, flow.edges, wrapper)
  const onClosePanel = useCallback(
    (returnTo: string | null) => {
      selectOnly('node', '')
      // Keyboard focus must not fall to the page: back to the step, else into the canvas.
      requestAnimationFrame(() => {
        const nodes = wrapper.current?.querySelectorAll<HTMLElement>('.react-flow__node')
        const target =
          [...(nodes ?? [])].find((n) => n.dataset.id === returnTo) ?? nodes?.[0] ?? wrapper.current
        target?.focus()
      })
    },
    [selectOnly],
  )

  return (
    <div className="flex h-full min-h-0 w-full flex-col" data-testid="workflow-canvas">
      <CanvasToolbar
        status={status}
        readOnly={readOnly}
        history={history}
        selectedCount={selectedCount}
        onAdd={commands.onAdd}
        onDeleteSelected={commands.onDeleteSelected}
        onTidy={commands.onTidy}
        progress={commands.tidyRun ? <TidyProgressBar run={commands.tidyRun} /> : null}
      />
      <div role="status" aria-live="polite">
        {outside.notice ? (
          <p className="flex items-center justify-between gap-2 border-b border-sky-200 bg-sky-50 px-3 py-1.5 text-sm text-sky-950">
            {outside.notice}
            <Button size="sm" variant="ghost" onClick={outside.dismiss}>
              Dismiss
            </Button>
          </p>
        ) : null}
      </div>
      <div className="flex min-h-0 flex-1">
        <div
          ref={wrapper}
          tabIndex={-1}
          className={`relative min-w-0 flex-1 focus:outline-none ${zoomedOut ? 'canvas-zoomed-out' : ''}`}
          onDrop={commands.onDrop}
          onDragOver={onPaletteDragOver}
        >
          <ReactFlow<StepNode, LinkEdge>
            nodes={flow.nodes}
            edges={flow.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={flow.onEdgesChange}
            onConnect={commands.onConnect}
            onBeforeDelete={commands.onBeforeDelete}
            isValidConnection={isValidConnection}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            deleteKeyCode={readOnly ? null : DELETE_KEYS}
            fitView
            fitViewOptions={FIT_VIEW}
            minZoom={0.1}
            maxZoom={2}
          >
            {/* Zoomed out, the dot grid is a grey haze that is repainted on every pan frame. */}
            {zoomedOut ? null : <Background gap={20} />}
            <Controls showInteractive={false} fitViewOptions={FIT_VIEW} />
            <OverviewMap />
          </ReactFlow>
          {graph.nodes.length === 0 ? (
            <p className="pointer-events-none absolute inset-x-0 top-1/3 text-center text-sm text-slate-600">
              {readOnly
                ? 'This workflow has no steps.'
                : 'No steps yet. Add one from the toolbar above.'}
            </p>
          ) : null}
        </div>
        {selection ? (
          <SidePanel
            workflowId={workflowId}
            selection={selection}
            readOnly={readOnly}
            actions={actions}
            onClose={onClosePanel}
            focusForm={focusForm}
            onFormFocused={onFormFocused}
          />
        ) : null}
      </div>
      {dialog}
      {impact.dialog}
    </div>
  )
}
