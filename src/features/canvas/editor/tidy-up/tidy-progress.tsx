import { useSyncExternalStore } from 'react'
import { Button } from '../../../../components/ui/button'
import type { TidyRun } from './use-tidy-up'
import { formatCount } from '../../../../lib/format'

const count = (n: number) => formatCount(n)

/** "Tidying up: 340 of 1,000 steps saved", a bar and Cancel (which puts saved steps back). */
export function TidyProgressBar({ run }: { run: TidyRun }) {
  const progress = useSyncExternalStore(run.store.subscribe, run.store.get)
  if (!progress) return null
  const { phase, done, total } = progress
  const label =
    phase === 'saving'
      ? `Tidying up: ${count(done)} of ${count(total)} steps saved`
      : `Cancelling: ${count(done)} of ${count(total)} steps put back`
  return (
    <div className="flex items-center gap-2 text-sm text-slate-800" data-testid="tidy-progress">
      <span aria-hidden="true">{label}</span>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        className="h-2 w-40 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className="h-full bg-brand transition-[width]"
          style={{ width: `${total ? (100 * done) / total : 0}%` }}
        />
      </div>
      {phase === 'saving' ? (
        <Button size="sm" variant="ghost" onClick={run.cancel}>
          Cancel
        </Button>
      ) : null}
    </div>
  )
}
