import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import {
  Background,
  ControlButton,
  Controls,
  ReactFlow,
  useStore,
  useStoreApi,
  useReactFlow,
  type IsValidConnection,
  type NodeChange,
} from '@xyflow/react'
import { toast } from '../../../lib/toast'
import { findEntry } from '../../../domain/step-semantics/entry'
import { EdgeInsertButton } from '../build/edge-insert-button'
import { useBuildActions } from '../build/use-build-actions'
import { useBuildUi } from '../build/use-build-ui'
import { ShortcutsDialog } from '../keyboard/shortcuts-dialog'
import { useCanvasKeys } from '../keyboard/use-canvas-keys'
import { useFocusStep } from '../keyboard/use-focus-step'
import { useRovingStep } from '../keyboard/use-roving-step'
import { useStepKeys } from '../keyboard/use-step-keys'
import { useRevealStep } from '../view/use-reveal-step'
import { useEdgeHover } from './use-edge-hover'
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
import { onPaletteDragOver, useCanvasCommands } from './use-canvas-commands'
import { readableViewOf, useReadableView } from '../view/use-readable-view'
import type { Viewport } from '../view/readable-view'
import { useFlowState } from './use-flow-state'
import { useFocusTarget } from './use-focus-target'
import { usePanelSelection } from './use-panel-selection'
import { useGraphActions } from './use-graph-actions'
import { useMoveSaver } from './use-move-saver'
import { TidyProgressBar } from './tidy-up/tidy-progress'
import { useUndo } from '../undo/use-undo'
import { useUndoKeys } from '../undo/use-undo-keys'

const DELETE_KEYS = ['Delete', 'Backspace']
/** Shift adds to the selection (click, Enter), as do Ctrl and ⌘ (React Flow's own default). */
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control']
/** Below this zoom the words on steps and edges are under 4 px high: not readable. */
const DETAIL_ZOOM = 0.3
const isZoomedOut = (s: { transform: [number, number, number] }) => s.transform[2] < DETAIL_ZOOM

/** Only output handles start connections, only the input handle ends them. */
const isValidConnection: IsValidConnection = (c) =>
  c.targetHandle === INPUT_HANDLE && !!c.sourceHandle && !c.sourceHandle.startsWith('extra:')

function FitIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8">
      <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" />
    </svg>
  )
}

function FindIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8">
      <circle cx="7" cy="7" r="4.5" />
      <path d="M10.5 10.5 14 14" />
    </svg>
  )
}

type Props = WorkflowCanvasProps & { graph: WorkflowGraph }

export function CanvasEditor(props: Props) {
  const { workflowId, status, graph, markers, focus, pathHighlight, liveStats } = props
  const readOnly = props.readOnly === true || !isGraphEditable(status)
  // Zoomed out, the words are not painted (canvas.css), so a pan moves boxes and lines only.
  // This selector re-renders the editor only when the threshold is crossed.
  const zoomedOut = useStore(isZoomedOut)
  const wrapper = useRef<HTMLDivElement>(null)
  const showReadable = useReadableView(wrapper)
  const onFit = useCallback(() => showReadable(300), [showReadable])
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
  // The opening view, known before React Flow first draws: steps have their exact sizes
  // (node-metrics.ts), so the first frame with steps on it is already at the readable view.
  const store = useStoreApi<StepNode, LinkEdge>()
  const [opening, setOpening] = useState<Viewport | null>(null)
  useLayoutEffect(() => {
    if (opening) return
    const box = wrapper.current?.getBoundingClientRect()
    const view = flow.nodes.length
      ? readableViewOf(flow.nodes, flow.edges, box ?? { width: 0, height: 0 })
      : { x: 0, y: 0, zoom: 1 }
    store.setState({ transform: [view.x, view.y, view.zoom] })
    setOpening(view)
  }, [opening, flow.nodes, flow.edges, store])
  useFocusTarget(focus, selectOnly)
  const [focusForm, setFocusForm] = useState(false)
  const [panelCollapsed, setPanelCollapsed] = useState(false)
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

  const entryId = useMemo(
    () =>
      findEntry(
        graph.nodes,
        graph.edges.map((e) => e.target),
      )?.id ?? null,
    [graph],
  )
  const reveal = useRevealStep(wrapper)
  const roving = useRovingStep(flow.nodes, entryId, reveal)
  const focusStep = useFocusStep(wrapper, reveal, roving.setTabStop)
  const build = useBuildActions(workflowId, { confirm, record: history.record, readOnly })
  const ui = useBuildUi({
    graphId: workflowId,
    graph,
    wrapper,
    actions,
    build,
    readOnly,
    focusStep,
  })
  const rf = useReactFlow()
  const connectFrom = useCallback(
    (id: string) => {
      const step = rf.getNode(id) as StepNode | undefined
      if (step && !step.data.outputs.some((o) => !o.extra))
        toast(`“${step.data.label || 'This step'}” ends the workflow: nothing leads on from it.`)
      else ui.openConnectTo(id)
    },
    [rf, ui],
  )
  const editStep = useCallback(
    (id: string) => {
      selectOnly('node', id)
      setPanelCollapsed(false)
      setFocusForm(true)
    },
    [selectOnly],
  )
  const onStepKeyDown = useStepKeys({
    actions,
    readOnly,
    focusStep,
    onConnectFrom: connectFrom,
    onEdit: editStep,
  })
  const edgeHover = useEdgeHover()
  const [showKeys, setShowKeys] = useState(false)
  const editorRoot = useRef<HTMLDivElement>(null)
  const canvasKeys = useMemo(
    () => ({
      copy: ui.copy,
      paste: ui.paste,
      duplicate: ui.duplicate,
      find: ui.openFind,
      selectAll: ui.selectAll,
      shortcuts: () => setShowKeys(true),
      zoomIn: () => void rf.zoomIn({ duration: 150 }),
      zoomOut: () => void rf.zoomOut({ duration: 150 }),
      fit: onFit,
    }),
    [ui.copy, ui.paste, ui.duplicate, ui.openFind, ui.selectAll, rf, onFit],
  )
  useCanvasKeys(editorRoot, canvasKeys)
  // The step being edited is never left under the panel, the overview map or the controls.
  const editing = selection?.kind === 'node' && !panelCollapsed ? selection.id : null
  useEffect(() => {
    const root = wrapper.current
    if (!editing || !root) return
    let frame = requestAnimationFrame(() => reveal(editing))
    // Opening the panel narrows the canvas, and the overview map may appear only then (some step
    // left the view): check again once the canvas has its new size and the map is drawn.
    const resized = new ResizeObserver(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => reveal(editing))))
    })
    resized.observe(root)
    return () => {
      cancelAnimationFrame(frame)
      resized.disconnect()
    }
  }, [editing, reveal])
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
    <div
      ref={editorRoot}
      className="flex h-full min-h-0 w-full flex-col"
      data-testid="workflow-canvas"
    >
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
          onFocusCapture={roving.onFocusCapture}
          onKeyDownCapture={onStepKeyDown}
        >
          {opening ? (
            <ReactFlow<StepNode, LinkEdge>
              defaultViewport={opening}
              nodes={roving.nodes}
              edges={flow.edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={onNodesChange}
              onEdgesChange={flow.onEdgesChange}
              onConnect={commands.onConnect}
              onConnectEnd={ui.onConnectEnd}
              onEdgeMouseEnter={edgeHover.onEdgeMouseEnter}
              onEdgeMouseLeave={edgeHover.onEdgeMouseLeave}
              edgesFocusable={false}
              multiSelectionKeyCode={MULTI_SELECT_KEYS}
              onBeforeDelete={commands.onBeforeDelete}
              isValidConnection={isValidConnection}
              nodesDraggable={!readOnly}
              // A drag only moves a step; a click opens its settings (decision 005).
              selectNodesOnDrag={false}
              nodesConnectable={!readOnly}
              deleteKeyCode={readOnly ? null : DELETE_KEYS}
              minZoom={0.1}
              maxZoom={2}
            >
              {/* Zoomed out, the dot grid is a grey haze that is repainted on every pan frame. */}
              {zoomedOut ? null : <Background gap={20} />}
              <Controls showInteractive={false} showFitView={false}>
                <ControlButton
                  onClick={onFit}
                  aria-label="Fit the workflow in view at a readable size"
                  title="Fit the workflow in view at a readable size"
                >
                  <FitIcon />
                </ControlButton>
                <ControlButton
                  onClick={ui.openFind}
                  aria-label="Find a step"
                  title="Find a step by name or type (Ctrl+F)"
                >
                  <FindIcon />
                </ControlButton>
                <ControlButton
                  onClick={() => setShowKeys(true)}
                  aria-label="Keyboard shortcuts"
                  title="Keyboard shortcuts (?)"
                >
                  <span aria-hidden="true" className="text-sm font-bold">
                    ?
                  </span>
                </ControlButton>
              </Controls>
              <OverviewMap />
              {readOnly ? null : (
                <EdgeInsertButton
                  edgeId={edgeHover.edgeId ?? (selection?.kind === 'edge' ? selection.id : null)}
                  wrapper={wrapper}
                  onInsert={ui.openInsertMenu}
                  onHover={edgeHover.onButtonHover}
                />
              )}
            </ReactFlow>
          ) : null}
          {ui.elements}
          {graph.nodes.length === 0 ? (
            <p className="pointer-events-none absolute inset-x-0 top-1/3 text-center text-sm text-slate-600">
              {readOnly
                ? 'This workflow has no steps.'
                : 'No steps yet. Add one from the toolbar above.'}
            </p>
          ) : null}
        </div>
        {selection && panelCollapsed ? (
          <div className="flex w-10 shrink-0 flex-col items-center border-l border-slate-200 bg-white py-2">
            <Button
              size="sm"
              variant="ghost"
              aria-label="Show the settings panel"
              title="Show the settings panel"
              onClick={() => setPanelCollapsed(false)}
            >
              «
            </Button>
          </div>
        ) : null}
        {selection && !panelCollapsed ? (
          <SidePanel
            workflowId={workflowId}
            selection={selection}
            readOnly={readOnly}
            actions={actions}
            onClose={onClosePanel}
            focusForm={focusForm}
            onFormFocused={onFormFocused}
            onCollapse={() => setPanelCollapsed(true)}
            onInsert={ui.openInsertMenu}
          />
        ) : null}
      </div>
      {dialog}
      {impact.dialog}
      {showKeys ? <ShortcutsDialog onClose={() => setShowKeys(false)} /> : null}
    </div>
  )
}
