import { toast } from '../../lib/toast'
import { describeError, isApiError } from '../../api/api-error'
import { useRemoveLead } from '../../api/leads'
import type { Lead } from '../../api/schemas/lead'
import { Button } from '../../components/ui/button'
import { Dialog } from '../../components/ui/dialog'

type Props = { workflowId: string; lead: Lead | null; onClose: () => void }

/** Confirms removing one lead (contract §6.3): it advances no further; its history stays. */
export function RemoveLeadDialog({ workflowId, lead, onClose }: Props) {
  const remove = useRemoveLead(workflowId)
  const confirm = () => {
    if (!lead) return
    remove.mutate(lead.id, {
      onSuccess: () => {
        toast.success(`${lead.phoneNumber} was removed from the workflow.`)
        onClose()
      },
      onError: (error) => {
        if (isApiError(error) && error.status === 409) {
          toast.error(
            `${lead.phoneNumber} has already finished or was already removed, so there is nothing to remove.`,
          )
          onClose()
        } else toast.error(`Could not remove ${lead.phoneNumber}: ${describeError(error)}`)
      },
    })
  }
  return (
    <Dialog
      open={lead !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={lead ? `Remove ${lead.phoneNumber}?` : ''}
      description="The lead stops where it is and receives no further calls or messages. A call in progress finishes first. Its history stays available."
    >
      <div className="flex justify-end gap-2">
        <Button onClick={onClose}>Keep lead</Button>
        <Button variant="danger" disabled={remove.isPending} onClick={confirm}>
          {remove.isPending ? 'Removing…' : 'Remove lead'}
        </Button>
      </div>
    </Dialog>
  )
}
