import { useId, useState } from 'react'
import { Button } from '../../../components/ui/button'
import { inputClass } from '../../../components/ui/field'
import { consequences } from '../lifecycle-copy'
import type { BulkAction, PlannedItem } from './plan-bulk-action'
import { summariseBulk, type BulkResult } from './run-bulk-action'

export type BulkPhase =
  | { step: 'confirm'; action: BulkAction; plan: PlannedItem[] }
  | { step: 'running' | 'done'; action: BulkAction; plan: PlannedItem[]; results: BulkResult[] }

const PAST: Record<BulkAction, string> = { pause: 'paused', resume: 'resumed', cancel: 'cancelled' }
const CONFIRM_WORD = 'cancel'

type Props = { phase: BulkPhase; onConfirm: () => void; onClose: () => void }

export function BulkDialogBody({ phase, onConfirm, onClose }: Props) {
  if (phase.step === 'confirm')
    return <Confirm phase={phase} onConfirm={onConfirm} onClose={onClose} />
  const results = phase.results
  const byId = new Map(results.map((r) => [r.id, r]))
  return (
    <div className="flex flex-col gap-3">
      <p role="status" className="text-sm font-medium">
        {phase.step === 'running'
          ? `Working… ${results.length} of ${phase.plan.length} done.`
          : `${summariseBulk(phase.action, results)}.`}
      </p>
      <ul
        aria-label="Result per workflow"
        className="divide-y divide-slate-100 rounded-md border border-slate-200"
      >
        {phase.plan.map((item) => {
          const r = byId.get(item.id)
          return (
            <li key={item.id} className="flex flex-wrap items-baseline gap-x-2 px-3 py-2 text-sm">
              <span className="min-w-0 font-medium break-words">{item.title}</span>
              <span className="ml-auto">
                {!r ? (
                  <span className="text-slate-600">waiting…</span>
                ) : r.outcome === 'done' ? (
                  <span className="font-medium text-green-800">✓ {PAST[phase.action]}</span>
                ) : (
                  <span className="text-red-800">
                    <span className="font-medium">
                      ✕ {r.outcome === 'refused' ? 'refused' : 'failed'}
                    </span>
                    : {r.reason}
                    {r.sent ? '' : ' (nothing sent)'}
                  </span>
                )}
              </span>
            </li>
          )
        })}
      </ul>
      <div className="flex justify-end">
        <Button variant="primary" disabled={phase.step === 'running'} onClick={onClose}>
          Close
        </Button>
      </div>
    </div>
  )
}

function Confirm({
  phase,
  onConfirm,
  onClose,
}: Props & { phase: Extract<BulkPhase, { step: 'confirm' }> }) {
  const id = useId()
  const [typed, setTyped] = useState('')
  const { action, plan } = phase
  const sending = plan.filter((p) => p.send)
  const skipped = plan.filter((p) => !p.send)
  const needsWord = action === 'cancel'
  const confirmed =
    sending.length > 0 && (!needsWord || typed.trim().toLowerCase() === CONFIRM_WORD)
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault()
        if (confirmed) onConfirm()
      }}
    >
      {sending.length > 0 ? (
        <>
          <p className="text-sm text-slate-700">{consequences(action, undefined)}</p>
          <section aria-labelledby={`${id}-send`}>
            <h3 id={`${id}-send`} className="text-sm font-semibold">
              Will be {PAST[action]} ({sending.length})
            </h3>
            <ul className="mt-1 list-disc pl-5 text-sm">
              {sending.map((p) => (
                <li key={p.id} className="break-words">
                  {p.title}
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : (
        <p role="alert" className="text-sm text-red-900">
          None of the selected workflows can be {PAST[action]}.
        </p>
      )}
      {skipped.length > 0 ? (
        <section aria-labelledby={`${id}-skip`}>
          <h3 id={`${id}-skip`} className="text-sm font-semibold">
            Will not be {PAST[action]} ({skipped.length})
          </h3>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {skipped.map((p) => (
              <li key={p.id} className="break-words">
                {p.title}: {p.send ? '' : p.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {needsWord && sending.length > 0 ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={id} className="text-sm font-medium">
            Type <strong>{CONFIRM_WORD}</strong> to confirm
          </label>
          <input
            id={id}
            className={inputClass}
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
      ) : null}
      <div className="flex flex-wrap justify-end gap-2">
        <Button onClick={onClose}>{sending.length > 0 ? 'Not now' : 'Close'}</Button>
        {sending.length > 0 ? (
          <Button
            type="submit"
            variant={action === 'cancel' ? 'danger' : 'primary'}
            disabled={!confirmed}
          >
            {{ pause: 'Pause', resume: 'Resume', cancel: 'Cancel' }[action]} {sending.length}{' '}
            {sending.length === 1 ? 'workflow' : 'workflows'}
          </Button>
        ) : null}
      </div>
    </form>
  )
}
