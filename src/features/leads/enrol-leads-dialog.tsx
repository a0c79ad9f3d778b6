import { useId, useState } from 'react'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { Button } from '../../components/ui/button'
import { Dialog } from '../../components/ui/dialog'
import { isFinalStatus, type WorkflowStatus } from '../../domain/workflow-status'
import { EnrolForm } from './enrol-form'

type Props = { workflowId: string; status: WorkflowStatus; graph: WorkflowGraph | undefined }

const WHEN_LEADS_START: Record<WorkflowStatus, string> = {
  draft: 'Leads start moving when the workflow is activated.',
  active: 'Leads start moving at once: the workflow is active.',
  paused: 'Leads start at the entry node when the workflow is resumed.',
  completed: '',
  cancelled: '',
}

/** The “Enrol leads” button and its dialog; disabled, with the reason shown, on final workflows. */
export function EnrolLeadsDialog({ workflowId, status, graph }: Props) {
  const [open, setOpen] = useState(false)
  const hintId = useId()
  const closed = isFinalStatus(status)
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="primary"
        disabled={closed}
        aria-describedby={closed ? hintId : undefined}
        onClick={() => setOpen(true)}
      >
        Enrol leads
      </Button>
      {closed ? (
        <p id={hintId} className="max-w-52 text-right text-xs text-slate-700">
          Leads cannot be enrolled in a {status} workflow.
        </p>
      ) : null}
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="Enrol leads from a CSV file"
        description={`One row per lead: a phone column (phone_number, phone or mobile) and up to 15 variable columns. ${WHEN_LEADS_START[status]}`}
      >
        {open ? (
          <EnrolForm workflowId={workflowId} graph={graph} onDone={() => setOpen(false)} />
        ) : null}
      </Dialog>
    </div>
  )
}
