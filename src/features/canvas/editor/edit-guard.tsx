import { useCallback, useRef, useState } from 'react'
import { Button } from '../../../components/ui/button'
import { Dialog } from '../../../components/ui/dialog'
import { STATUS_LABELS, type WorkflowStatus } from '../../../domain/workflow-status'

export const isLive = (status: WorkflowStatus) => status === 'active' || status === 'paused'

/**
 * Editing an active or paused workflow is allowed, but reaches live leads on the next
 * scheduling tick (contract §5): the first edit asks once; later edits go straight through.
 */
export function useEditGuard(status: WorkflowStatus) {
  const live = isLive(status)
  const [asking, setAsking] = useState(false)
  const confirmed = useRef(false)
  const waiting = useRef<((ok: boolean) => void)[]>([])

  const confirm = useCallback((): Promise<boolean> => {
    if (!live || confirmed.current) return Promise.resolve(true)
    return new Promise<boolean>((resolve) => {
      waiting.current.push(resolve)
      setAsking(true)
    })
  }, [live])

  const answer = useCallback((ok: boolean) => {
    if (ok) confirmed.current = true
    const resolvers = waiting.current
    waiting.current = []
    setAsking(false)
    for (const resolve of resolvers) resolve(ok)
  }, [])

  /** Another dialog (the impact of a change) already asked and got a yes. */
  const markConfirmed = useCallback(() => {
    confirmed.current = true
  }, [])

  const dialog = (
    <Dialog
      open={asking}
      onOpenChange={(open) => {
        if (!open) answer(false)
      }}
      title="Edit a live workflow?"
      description={`This workflow is ${STATUS_LABELS[status].toLowerCase()}. Changes reach its leads on the next scheduling tick; steps already running finish with the old settings.`}
    >
      <div className="flex justify-end gap-2">
        <Button onClick={() => answer(false)}>Cancel</Button>
        <Button variant="primary" onClick={() => answer(true)}>
          Make the change
        </Button>
      </div>
    </Dialog>
  )
  return { confirm, markConfirmed, dialog }
}
