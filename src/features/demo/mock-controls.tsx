import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { toast } from '../../lib/toast'
import { describeError } from '../../api/api-error'
import { mockQueries, resetMockData } from '../../api/mock-admin'
import { Button } from '../../components/ui/button'
import { Dialog } from '../../components/ui/dialog'

/** Shown only when the built-in mock API answers: reset the demo data to its seed. */
export function MockControls() {
  const state = useQuery(mockQueries.state())
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState(false)
  const reset = useMutation({
    mutationFn: resetMockData,
    onSuccess: async () => {
      setConfirming(false)
      await queryClient.invalidateQueries()
      toast.success('Demo data reset to the seed.')
    },
    onError: (error) => toast.error(`Could not reset the demo data: ${describeError(error)}`),
  })
  if (!state.isSuccess) return null
  return (
    <>
      <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
        Demo · mock API
      </span>
      <Button size="sm" variant="ghost" onClick={() => setConfirming(true)}>
        Reset demo data
      </Button>
      <Dialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Reset demo data?"
        description="Every workflow, node, edge and lead goes back to the seed. Changes you made in the demo are lost."
      >
        <div className="flex justify-end gap-2">
          <Button onClick={() => setConfirming(false)}>Keep my changes</Button>
          <Button variant="danger" disabled={reset.isPending} onClick={() => reset.mutate()}>
            {reset.isPending ? 'Resetting…' : 'Reset'}
          </Button>
        </div>
      </Dialog>
    </>
  )
}
