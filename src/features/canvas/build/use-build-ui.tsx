import { Suspense, useCallback, useState, type ComponentProps, type RefObject } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useReactFlow, useStoreApi, type FinalConnectionState } from '@xyflow/react'
import { toast } from '../../../lib/toast'
import { isMac } from '../undo/use-undo-keys'
import { graphQueries } from '../../../api/graph'
import type { WorkflowGraph } from '../../../api/schemas/graph'
import type { KnownNodeType } from '../../../domain/node-types'
import type { GraphActions } from '../editor/use-graph-actions'
import { NODE_WIDTH } from '../nodes/shared/node-metrics'
import type { LinkEdge, StepNode } from '../types'
import { stepBox } from '../view/step-box'
import type { BuildActions } from './use-build-actions'
import { clipSize, copySteps, readClip, writeClip, type Clip } from './clipboard'
import { connectionMiddle } from './edge-insert-button'
import type { ConnectChoice, ConnectToDialog as ConnectToDialogType } from './connect-to-dialog'
import type { FindStepDialog as FindStepDialogType } from './find-step-dialog'
import { placeGroup } from './place-group'
import { StepTypeMenu } from './step-type-menu'
import { preloadable } from '../../../components/preloadable'
import { whenIdle } from '../../../lib/when-idle'

// "Connect to…" and Find (with cmdk, their combobox) are not part of the canvas's first load: they
// are fetched once the browser is idle after start-up, or at the latest when first opened.
const connectTo = preloadable<ComponentProps<typeof ConnectToDialogType>>(() =>
  import('./connect-to-dialog').then((m) => ({ default: m.ConnectToDialog })),
)
const findStep = preloadable<ComponentProps<typeof FindStepDialogType>>(() =>
  import('./find-step-dialog').then((m) => ({ default: m.FindStepDialog })),
)
const ConnectToDialog = connectTo.Component
const FindStepDialog = findStep.Component
whenIdle(() => void Promise.all([connectTo.preload(), findStep.preload()]).catch(() => undefined))

type XY = { x: number; y: number }
/** A step type menu open at a point: to finish a dropped connection, or to fill a connection. */
type Pending =
  | { kind: 'after'; at: XY; screen: { left: number; top: number }; source: string; handle: string }
  | { kind: 'insert'; at: XY; screen: { left: number; top: number }; edgeId: string }

type Options = {
  graphId: string
  graph: WorkflowGraph
  wrapper: RefObject<HTMLElement | null>
  actions: GraphActions
  build: BuildActions
  readOnly: boolean
  /** Focus a step and bring it into view. */
  focusStep: (id: string) => void
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
const STEP_HEIGHT_GUESS = 160

/**
 * The building gestures beyond drag and click: a connection dropped on empty canvas, the "+" of a
 * connection, Connect to… (C), Find (Mod+F), copy, paste and duplicate. Owns their menus and
 * dialogs; each change goes through `BuildActions` (one undoable change each).
 */
export function useBuildUi(o: Options) {
  const { graphId, graph, wrapper, actions, build, readOnly, focusStep } = o
  const flow = useReactFlow<StepNode, LinkEdge>()
  const store = useStoreApi<StepNode, LinkEdge>()
  const queryClient = useQueryClient()
  const [pending, setPending] = useState<Pending | null>(null)
  const [connectFrom, setConnectFrom] = useState<string | null>(null)
  const [finding, setFinding] = useState(false)

  /** Selects steps just created (once they reach the canvas) and focuses the first. */
  const selectSteps = useCallback(
    (ids: readonly string[]) => {
      if (!ids.length) return
      const attempt = (left: number) => {
        const { nodeLookup, addSelectedNodes } = store.getState()
        if (ids.every((id) => nodeLookup.has(id))) addSelectedNodes([...ids])
        else if (left > 0) requestAnimationFrame(() => attempt(left - 1))
      }
      attempt(60)
      focusStep(ids[0]!)
    },
    [focusStep, store],
  )
  /** Screen point → position in the wrapper, for the menu. */
  const inWrapper = useCallback(
    (client: XY) => {
      const box = wrapper.current?.getBoundingClientRect()
      if (!box) return { left: 0, top: 0 }
      return {
        left: Math.min(Math.max(client.x - box.left, 4), box.width - 212),
        top: Math.min(Math.max(client.y - box.top, 4), box.height - 250),
      }
    },
    [wrapper],
  )

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (readOnly || state.isValid || !state.fromNode || !state.fromHandle?.id) return
      if (state.fromHandle.type !== 'source' || state.fromHandle.id.startsWith('extra:')) return
      const target = event.target as Element | null
      if (!target?.classList.contains('react-flow__pane')) return
      const point = 'changedTouches' in event ? event.changedTouches[0]! : event
      const client = { x: point.clientX, y: point.clientY }
      const at = flow.screenToFlowPosition(client)
      setPending({
        kind: 'after',
        at: { x: at.x, y: at.y - 40 },
        screen: inWrapper(client),
        source: state.fromNode.id,
        handle: state.fromHandle.id,
      })
    },
    [flow, inWrapper, readOnly],
  )

  /** The step type menu for a connection, at its middle (its "+", or its panel's button). */
  const openInsertMenu = useCallback(
    (edgeId: string) => {
      if (readOnly) return
      const mid = connectionMiddle(wrapper.current, edgeId)
      if (!mid) return
      const client = flow.flowToScreenPosition({ x: mid.x, y: mid.y })
      setPending({
        kind: 'insert',
        at: { x: mid.x - NODE_WIDTH / 2, y: mid.y - 40 },
        screen: inWrapper(client),
        edgeId,
      })
    },
    [flow, inWrapper, readOnly, wrapper],
  )

  const closeMenu = useCallback(() => setPending(null), [])
  const onPickType = useCallback(
    async (type: KnownNodeType) => {
      const p = pending
      setPending(null)
      if (!p) return
      if (p.kind === 'insert') {
        const edge = graph.edges.find((e) => e.id === p.edgeId)
        if (!edge) return
        const id = await build.insertIntoLink(edge, type, p.at)
        if (id) selectSteps([id])
        return
      }
      const output = flow.getNode(p.source)?.data.outputs.find((h) => h.id === p.handle)
      if (!output) return
      const id = await build.addAfter(p.source, output.edgeLabel, type, p.at)
      if (id) selectSteps([id])
    },
    [build, flow, graph.edges, pending, selectSteps],
  )

  const onConnectChoice = useCallback(
    async (choice: ConnectChoice) => {
      const source = connectFrom
      setConnectFrom(null)
      if (!source) return
      if ('target' in choice) {
        actions.setNextStep(source, choice.output, choice.current, choice.target)
        return
      }
      const from = flow.getNode(source)
      const box = from ? stepBox(from) : { x: 0, y: 0, width: NODE_WIDTH, height: 0 }
      const others = flow
        .getNodes()
        .filter((n) => n.id !== source)
        .map(stepBox)
      const at = placeGroup(
        { width: NODE_WIDTH, height: STEP_HEIGHT_GUESS },
        { x: box.x + box.width + 160, y: box.y },
        others,
      )
      const id = await build.addAfter(
        source,
        choice.output.edgeLabel,
        choice.newType,
        at,
        choice.current,
      )
      if (id) selectSteps([id])
    },
    [actions, build, connectFrom, flow, selectSteps],
  )

  const selectedIds = useCallback(
    () =>
      flow
        .getNodes()
        .filter((n) => n.selected)
        .map((n) => n.id),
    [flow],
  )

  const pasteClip = useCallback(
    async (clip: Clip, wanted: XY, what: string) => {
      const size = clipSize(clip, { width: NODE_WIDTH, height: STEP_HEIGHT_GUESS })
      const at = placeGroup(size, wanted, flow.getNodes().map(stepBox))
      selectSteps(await build.paste(clip, at, what))
    },
    [build, flow, selectSteps],
  )

  const copy = useCallback((): boolean => {
    const graphNow = queryClient.getQueryData(graphQueries.graph(graphId).queryKey) ?? graph
    const clip = copySteps(graphNow, graphId, selectedIds())
    if (!clip) return false
    writeClip(clip)
    toast(
      `Copied ${plural(clip.steps.length, 'step')}. Paste with ${isMac() ? '⌘' : 'Ctrl+'}V here or in another workflow.`,
    )
    return true
  }, [graph, graphId, queryClient, selectedIds])

  const paste = useCallback((): boolean => {
    if (readOnly) return false
    const clip = readClip()
    if (!clip) {
      toast('Nothing to paste: copy steps first (select them, then Ctrl+C).')
      return true
    }
    const box = wrapper.current?.getBoundingClientRect()
    const centre = box
      ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
      : { x: 0, y: 0 }
    const size = clipSize(clip, { width: NODE_WIDTH, height: STEP_HEIGHT_GUESS })
    void pasteClip(
      clip,
      { x: centre.x - size.width / 2, y: centre.y - size.height / 2 },
      `paste ${plural(clip.steps.length, 'step')}`,
    )
    return true
  }, [flow, pasteClip, readOnly, wrapper])

  const duplicate = useCallback((): boolean => {
    if (readOnly) return false
    const ids = selectedIds()
    const graphNow = queryClient.getQueryData(graphQueries.graph(graphId).queryKey) ?? graph
    const clip = copySteps(graphNow, graphId, ids)
    if (!clip) return false
    const first = graphNow.nodes.filter((n) => ids.includes(n.id))
    const corner = {
      x: Math.min(...first.map((n) => n.position?.x ?? 0)) + 40,
      y: Math.min(...first.map((n) => n.position?.y ?? 0)) + 40,
    }
    void pasteClip(clip, corner, `duplicate ${plural(clip.steps.length, 'step')}`)
    return true
  }, [graph, graphId, pasteClip, queryClient, readOnly, selectedIds])

  const find = useCallback(
    (id: string) => {
      setFinding(false)
      store.getState().addSelectedNodes([id])
      // After the dialog has closed and given focus back, so the step keeps it.
      setTimeout(() => focusStep(id), 0)
    },
    [focusStep, store],
  )

  const elements = (
    <>
      {pending ? (
        <StepTypeMenu
          at={pending.screen}
          title={pending.kind === 'insert' ? 'Insert a step here' : 'Add the next step'}
          withFinal={pending.kind === 'after'}
          onPick={(type) => void onPickType(type)}
          onClose={closeMenu}
        />
      ) : null}
      <Suspense fallback={null}>
        {connectFrom ? (
          <ConnectToDialog
            graph={graph}
            sourceId={connectFrom}
            onClose={() => setConnectFrom(null)}
            onChoose={(c) => void onConnectChoice(c)}
          />
        ) : null}
        {finding ? (
          <FindStepDialog graph={graph} onClose={() => setFinding(false)} onFind={find} />
        ) : null}
      </Suspense>
    </>
  )

  return {
    elements,
    onConnectEnd,
    openInsertMenu,
    openConnectTo: setConnectFrom,
    openFind: useCallback(() => setFinding(true), []),
    copy,
    paste,
    duplicate,
    selectAll: useCallback(
      () => store.getState().addSelectedNodes(flow.getNodes().map((n) => n.id)),
      [flow, store],
    ),
  }
}
