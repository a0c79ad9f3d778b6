import '@xyflow/react/dist/style.css'
import './canvas.css'
import { Suspense, type JSX } from 'react'
import { useQuery } from '@tanstack/react-query'
import { ReactFlowProvider } from '@xyflow/react'
import { describeError } from '../../api/api-error'
import { graphQueries } from '../../api/graph'
import { Button } from '../../components/ui/button'
import { CanvasEditor } from './editor/canvas-editor'
import { UnsavedEditsProvider } from './panel/unsaved-edits'
import type { WorkflowCanvasProps } from './types'

export { SkipToSteps } from './keyboard/skip-to-steps'
export type { CanvasMarker, ProblemSeverity, WorkflowCanvasProps } from './types'

/**
 * The workflow graph as an editable React Flow canvas, with its palette, toolbar and the
 * settings panel of the selected step. Reads the graph itself; every edit is optimistic.
 */
export function WorkflowCanvas(props: WorkflowCanvasProps): JSX.Element {
  const graph = useQuery(graphQueries.graph(props.workflowId))
  if (graph.isPending) return <CanvasStatus>Loading the workflow graph…</CanvasStatus>
  // Only a graph never loaded is an error screen: a failed refresh keeps the last good graph on
  // screen (and any form being typed in), with a notice above it.
  if (graph.isError && !graph.data)
    return (
      <div
        role="alert"
        className="flex h-full w-full flex-col items-center justify-center gap-2 p-4 text-sm"
      >
        <p className="text-red-700">
          The workflow graph could not be loaded. {describeError(graph.error)}
        </p>
        <Button onClick={() => void graph.refetch()}>Try again</Button>
      </div>
    )
  return (
    <ReactFlowProvider>
      <UnsavedEditsProvider>
        {graph.isRefetchError ? (
          <div
            role="alert"
            className="flex flex-wrap items-center gap-2 border-b border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-950"
          >
            <span>
              The graph could not be refreshed ({describeError(graph.error)}). This is the last
              version loaded; it may be out of date.
            </span>
            <Button size="sm" onClick={() => void graph.refetch()}>
              Refresh now
            </Button>
          </div>
        ) : null}
        {/* Steps saved without a position wait for the layout library (layout/dagre-lib.ts). */}
        <Suspense fallback={<CanvasStatus>Laying out the steps…</CanvasStatus>}>
          <CanvasEditor {...props} graph={graph.data!} />
        </Suspense>
      </UnsavedEditsProvider>
    </ReactFlowProvider>
  )
}

function CanvasStatus({ children }: { children: string }) {
  return (
    <div
      role="status"
      className="flex h-full w-full items-center justify-center text-sm text-slate-600"
    >
      {children}
    </div>
  )
}
