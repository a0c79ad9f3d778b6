import { useRef, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { runLifecycleAction, workflowQueries } from '../../../api/workflows'
import { Button } from '../../../components/ui/button'
import { Dialog } from '../../../components/ui/dialog'
import { BulkDialogBody, type BulkPhase } from './bulk-dialog-body'
import { planBulkAction, type BulkAction, type BulkTarget } from './plan-bulk-action'
import { runBulkAction } from './run-bulk-action'

const VERB: Record<BulkAction, string> = { pause: 'Pause', resume: 'Resume', cancel: 'Cancel' }

type Props = { selected: BulkTarget[]; onClear: () => void }

/**
 * Pause, resume or cancel several workflows at once: a confirmation that names them (and those the
 * action cannot apply to), then one result per workflow (done / refused and why).
 */
export function BulkActionsBar({ selected, onClear }: Props) {
  const queryClient = useQueryClient()
  const [phase, setPhase] = useState<BulkPhase | null>(null)
  const running = useRef(false)
  if (selected.length === 0 && !phase) return null

  const start = (action: BulkAction) =>
    setPhase({ step: 'confirm', action, plan: planBulkAction(action, selected) })

  async function confirm() {
    if (!phase || phase.step !== 'confirm' || running.current) return
    running.current = true
    const { action, plan } = phase
    setPhase({ step: 'running', action, plan, results: [] })
    try {
      const results = await runBulkAction(
        action,
        plan,
        (id, a) => runLifecycleAction(id, a),
        (partial) => setPhase({ step: 'running', action, plan, results: partial }),
      )
      setPhase({ step: 'done', action, plan, results })
    } finally {
      running.current = false
      await queryClient.invalidateQueries({ queryKey: workflowQueries.all() })
    }
  }

  return (
    <div
      role="region"
      aria-label="Selected workflows"
      className="mt-3 flex flex-wrap items-center gap-2 rounded-lg border border-brand/30 bg-blue-50 px-3 py-2 text-sm"
    >
      <span className="font-medium" aria-live="polite">
        {selected.length} selected
      </span>
      {(['pause', 'resume', 'cancel'] as const).map((action) => (
        <Button
          key={action}
          size="sm"
          variant={action === 'cancel' ? 'ghost' : 'secondary'}
          className={`min-h-11 sm:min-h-0 ${action === 'cancel' ? 'ml-2 text-red-800' : ''}`}
          disabled={selected.length === 0}
          onClick={() => start(action)}
        >
          {action === 'cancel' ? 'Cancel workflows…' : `${VERB[action]}…`}
        </Button>
      ))}
      <Button size="sm" variant="ghost" className="min-h-11 sm:min-h-0" onClick={onClear}>
        Clear selection
      </Button>
      <Dialog
        wide
        open={phase !== null}
        onOpenChange={(open) => {
          if (!open && phase?.step !== 'running') setPhase(null)
        }}
        title={phase ? titleOf(phase) : ''}
      >
        {phase ? (
          <BulkDialogBody
            phase={phase}
            onConfirm={() => void confirm()}
            onClose={() => setPhase(null)}
          />
        ) : null}
      </Dialog>
    </div>
  )
}

function titleOf(phase: BulkPhase): string {
  const n = phase.plan.length
  const what = `${n} selected ${n === 1 ? 'workflow' : 'workflows'}`
  if (phase.step === 'done') return `${VERB[phase.action]}: results`
  if (phase.action === 'cancel') return `Cancel ${what}?`
  return `${VERB[phase.action]} ${what}?`
}
