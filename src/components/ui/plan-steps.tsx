import { operationWords } from '../../domain/graph-diff/operation-words'
import type { ApplyResult, GraphOperation } from '../../domain/graph-diff/plan'

/**
 * The API operations of a plan (a restore, a publish) in order, each marked done, failed or not
 * applied once it ran, and the progress bar while it runs.
 */
export function PlanSteps(props: {
  ops: GraphOperation[]
  result: ApplyResult | null
  progress: { done: number; total: number } | null
  label: (id: string) => string
  /** "Operations", "Changes to publish". */
  listName: string
  /** "Restore progress", "Publish progress". */
  progressName: string
}) {
  const { ops, result, progress, label, listName, progressName } = props
  return (
    <>
      <ol aria-label={listName} className="mt-2 max-h-60 list-decimal overflow-y-auto pl-6 text-sm">
        {ops.map((op, i) => {
          const applied = result && i < result.applied.length
          const failed = result && !result.ok && i === result.applied.length
          const mark = applied
            ? ' — done'
            : failed
              ? ' — failed'
              : result && !result.ok
                ? ' — not applied'
                : ''
          return (
            <li key={i} className={failed ? 'font-semibold text-red-900' : ''}>
              {operationWords(op, label)}
              {mark}
            </li>
          )
        })}
      </ol>
      {progress ? (
        <div className="mt-3">
          <progress
            className="w-full"
            max={progress.total || 1}
            value={progress.done}
            aria-label={progressName}
          />
          <p className="text-xs text-slate-700" role="status">
            {progress.done} of {progress.total} applied
          </p>
        </div>
      ) : null}
    </>
  )
}
