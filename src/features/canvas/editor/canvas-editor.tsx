import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react'
import { useQuery } from '@tanstack/react-query'
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type IsValidConnection,
  type NodeChange,
  type OnBeforeDelete,
} from '@xyflow/react'
import type { WorkflowGraph } from '../../../api/schemas/graph'
import { resourceQueries } from '../../../api/resources'
import { isKnownNodeType, type KnownNodeType } from '../../../domain/node-types'
import { isGraphEditable } from '../../../domain/workflow-status'
import { edgeTypes } from '../edges/link-edge'
import { DEFAULT_NODE_SIZE, freeSpot, layoutGraph } from '../layout/dagre-layout'
import { buildLookups } from '../lookups'
import { SidePanel } from '../panel/side-panel'
import { nodeTypes } from '../registry'
import { INPUT_HANDLE } from '../to-flow'
import type { LinkEdge, StepNode, WorkflowCanvasProps } from '../types'
import { CanvasToolbar } from './canvas-toolbar'
import { useEditGuard } from './edit-guard'
import { PALETTE_MIME } from './palette'
import { useFlowState } from './use-flow-state'
import { useFocusTarget } from './use-focus-target'
import { useGraphActions } from './use-graph-actions'
import { useMoveSaver } from './use-move-saver'

const DELETE_KEYS = ['Delete', 'Backspace']
/** Fitting keeps the graph clear of the zoom controls (left) and the minimap (right). */
const FIT_VIEW = {
  padding: { top: '32px', bottom: '32px', left: '64px', right: '232px' },
  maxZoom: 1.2,
} as const

/** Only output handles start connections, only the input handle ends them. */
const isValidConnection: IsValidConnection = (c) =>
  c.targetHandle === INPUT_HANDLE && !!c.sourceHandle && !c.sourceHandle.startsWith('extra:')

const minimapColor = (node: StepNode) => (node.data.marker ? '#b91c1c' : '#94a3b8')

type Props = WorkflowCanvasProps & { graph: WorkflowGraph }

export function CanvasEditor({
  workflowId,
  status,
  graph,
  markers,
  focus,
  pathHighlight,
  liveStats,
}: Props) {
  const readOnly = !isGraphEditable(status)
  const flowApi = useReactFlow<StepNode, LinkEdge>()
  const wrapper = useRef<HTMLDivElement>(null)
  const agents = useQuery(resourceQueries.agents())
  const numbers = useQuery(resourceQueries.phoneNumbers())
  const lookups = useMemo(
    () => buildLookups(agents.data, numbers.data),
    [agents.data, numbers.data],
  )
  const { confirm, dialog } = useEditGuard(status)
  const actions = useGraphActions(workflowId, confirm)
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
  useFocusTarget(focus, flow.selectOnly)

  const putBack = useCallback(() => setResync((n) => n + 1), [])
  const saveMoves = useMoveSaver(actions.moveNodes, putBack)
  const { onNodesChange: applyNodes } = flow
  const onNodesChange = useCallback(
    (changes: NodeChange<StepNode>[]) => {
      applyNodes(changes)
      // A position change that is not mid-drag ends a drag or is a keyboard move: save it.
      for (const c of changes)
        if (c.type === 'position' && c.dragging === false && c.position) saveMoves(c.id, c.position)
    },
    [applyNodes, saveMoves],
  )

  const onConnect = useCallback(
    (c: Connection) => {
      const output = flowApi.getNode(c.source)?.data.outputs.find((o) => o.id === c.sourceHandle)
      if (output && !output.extra) actions.connect(c.source, c.target, output.edgeLabel)
    },
    [actions, flowApi],
  )

  const onBeforeDelete: OnBeforeDelete<StepNode, LinkEdge> = useCallback(
    async ({ nodes, edges }) => {
      // The Delete key counts only while the canvas (or nothing) has focus, not a side-panel button.
      const active = document.activeElement
      if (active && active !== document.body && !wrapper.current?.contains(active)) return false
      actions.deleteElements(
        nodes.map((n) => n.id),
        edges,
      )
      return false // the optimistic cache update removes them
    },
    [actions],
  )

  /** Pans (never zooms) so that a step placed at `spot` is in view. */
  const revealSpot = useCallback(
    (spot: { x: number; y: number }) => {
      const box = wrapper.current?.getBoundingClientRect()
      if (!box) return
      const topLeft = flowApi.screenToFlowPosition({ x: box.left, y: box.top })
      const bottomRight = flowApi.screenToFlowPosition({ x: box.right, y: box.bottom })
      const { width, height } = DEFAULT_NODE_SIZE
      const inside =
        spot.x >= topLeft.x &&
        spot.y >= topLeft.y &&
        spot.x + width <= bottomRight.x &&
        spot.y + height <= bottomRight.y
      if (!inside)
        void flowApi.setCenter(spot.x + width / 2, spot.y + height / 2, {
          zoom: flowApi.getZoom(),
          duration: 200,
        })
    },
    [flowApi],
  )
  const addAt = useCallback(
    (type: KnownNodeType, at: { x: number; y: number }) => {
      const spot = freeSpot(
        at,
        flowApi.getNodes().map((n) => ({ id: n.id, position: n.position, ...n.measured })),
      )
      revealSpot(spot)
      void actions.addNode(type, spot, setSelect)
    },
    [actions, flowApi, revealSpot],
  )
  const onAdd = useCallback(
    (type: KnownNodeType) => {
      const box = wrapper.current?.getBoundingClientRect()
      const center = box
        ? flowApi.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
        : { x: 0, y: 0 }
      addAt(type, { x: center.x - 120, y: center.y - 60 })
    },
    [addAt, flowApi],
  )
  const onDrop = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      const type = event.dataTransfer.getData(PALETTE_MIME)
      if (readOnly || !isKnownNodeType(type)) return
      event.preventDefault()
      const at = flowApi.screenToFlowPosition({ x: event.clientX, y: event.clientY })
      addAt(type, { x: at.x - 120, y: at.y - 30 })
    },
    [addAt, flowApi, readOnly],
  )

  const onDeleteSelected = useCallback(() => {
    actions.deleteElements(
      flowApi
        .getNodes()
        .filter((n) => n.selected)
        .map((n) => n.id),
      flowApi.getEdges().filter((e) => e.selected),
    )
  }, [actions, flowApi])

  const onTidy = useCallback(() => {
    const all = flowApi.getNodes()
    const positions = layoutGraph(
      all.map((n) => ({ id: n.id, width: n.measured?.width, height: n.measured?.height })),
      flowApi.getEdges(),
    )
    void actions
      .moveNodes([...positions].map(([nodeId, position]) => ({ nodeId, position })))
      .then(() => requestAnimationFrame(() => void flowApi.fitView({ ...FIT_VIEW, duration: 300 })))
  }, [actions, flowApi])

  const selectedNodes = flow.nodes.filter((n) => n.selected)
  const selectedEdges = flow.edges.filter((e) => e.selected)
  const selectedCount = selectedNodes.length + selectedEdges.length
  const selectedKind: 'node' | 'edge' | null =
    selectedCount !== 1 ? null : selectedNodes.length ? 'node' : 'edge'
  const selectedId = selectedNodes[0]?.id ?? selectedEdges[0]?.id ?? ''
  // Stable while the same element stays selected, so the panel does not re-render during drags.
  const selection = useMemo(
    () => (selectedKind ? { kind: selectedKind, id: selectedId } : null),
    [selectedKind, selectedId],
  )
  const { selectOnly } = flow
  const onClosePanel = useCallback(() => selectOnly('node', ''), [selectOnly])

  return (
    <div className="flex h-full min-h-0 w-full flex-col" data-testid="workflow-canvas">
      <CanvasToolbar
        status={status}
        readOnly={readOnly}
        selectedCount={selectedCount}
        onAdd={onAdd}
        onDeleteSelected={onDeleteSelected}
        onTidy={onTidy}
      />
      <div className="flex min-h-0 flex-1">
        <div
          ref={wrapper}
          className="relative min-w-0 flex-1"
          onDrop={onDrop}
          onDragOver={onDragOver}
        >
          <ReactFlow<StepNode, LinkEdge>
            nodes={flow.nodes}
            edges={flow.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={flow.onEdgesChange}
            onConnect={onConnect}
            onBeforeDelete={onBeforeDelete}
            isValidConnection={isValidConnection}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            deleteKeyCode={readOnly ? null : DELETE_KEYS}
            fitView
            fitViewOptions={FIT_VIEW}
            minZoom={0.1}
            maxZoom={2}
          >
            <Background gap={20} />
            <Controls showInteractive={false} fitViewOptions={FIT_VIEW} />
            <MiniMap
              pannable
              zoomable
              ariaLabel="Minimap of the workflow"
              nodeColor={minimapColor}
            />
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
          />
        ) : null}
      </div>
      {dialog}
    </div>
  )
}

function onDragOver(event: DragEvent<HTMLDivElement>) {
  if (event.dataTransfer.types.includes(PALETTE_MIME)) {
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
  }
}
