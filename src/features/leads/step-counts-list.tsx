import { useId } from 'react'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { stepCounts } from './step-counts'
import type { LiveStats } from './use-live-stats'

/** Live per-step counts as a list (the monitoring view on a phone, where there is no canvas). */
export function StepCountsList({
  graph,
  liveStats,
}: {
  graph: WorkflowGraph | undefined
  liveStats: LiveStats | null
}) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h2 id={headingId} className="text-base font-semibold text-slate-900">
        Steps and live counts
      </h2>
      {!graph ? (
        <p role="status" className="text-sm text-slate-700">
          Loading the steps…
        </p>
      ) : graph.nodes.length === 0 ? (
        <p className="text-sm text-slate-700">This workflow has no steps yet.</p>
      ) : (
        <>
          {liveStats ? null : (
            <p className="text-sm text-slate-700">Counts appear once the workflow is activated.</p>
          )}
          <ol className="flex flex-col divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {stepCounts(graph, liveStats).map((s) => (
              <li key={s.id} className="flex flex-col px-3 py-2 text-sm" data-step-id={s.id}>
                <span className="font-medium break-words text-slate-900">{s.name}</span>
                <span className="text-xs text-slate-600">{s.type}</span>
                {liveStats ? (
                  <span className="text-slate-800 tabular-nums">
                    {s.waiting} waiting · {s.inCall} in call · {s.done} done
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
