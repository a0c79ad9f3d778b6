import type { Workflow } from '../../api/schemas/workflow'

/** Composes the canvas, the preflight panel and lifecycle state for one workflow. */
export function WorkflowWorkspace({ workflow }: { workflow: Workflow }) {
  return (
    <section aria-label="Workflow graph" className="flex flex-1 items-center justify-center text-slate-600">
      <p>The canvas for {workflow.title} loads here.</p>
    </section>
  )
}
