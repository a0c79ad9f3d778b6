import { useState } from 'react'
import { toast } from '../../lib/toast'
import { describeError, isApiError } from '../../api/api-error'
import type { Workflow } from '../../api/schemas/workflow'
import { useDeleteWorkflow, useDuplicateWorkflow } from '../../api/workflow-mutations'
import { Button } from '../../components/ui/button'
import { Dialog } from '../../components/ui/dialog'

/** Delete is offered where the contract allows it (§13); paused may still be refused if leads are in transit. */
const DELETABLE = new Set(['draft', 'paused', 'completed', 'cancelled'])

type Props = {
  workflow: Workflow
  onDuplicated: (copy: Workflow) => void
  onDeleted: () => void
  size?: 'sm' | 'md'
}

export function DuplicateDeleteActions({ workflow, onDuplicated, onDeleted, size = 'md' }: Props) {
  const duplicate = useDuplicateWorkflow()
  const remove = useDeleteWorkflow()
  const [confirmDelete, setConfirmDelete] = useState(false)
  const label = (verb: string) => (size === 'sm' ? `${verb} ${workflow.title}` : undefined)

  return (
    <>
      <Button
        size={size}
        variant="ghost"
        disabled={duplicate.isPending}
        aria-label={label('Duplicate')}
        onClick={() =>
          duplicate.mutate(workflow.id, {
            onSuccess: (copy) => {
              toast.success(`Created “${copy.title}” as a draft.`)
              onDuplicated(copy)
            },
            onError: (error) => toast.error(`Could not duplicate: ${describeError(error)}`),
          })
        }
      >
        {duplicate.isPending ? 'Duplicating…' : 'Duplicate'}
      </Button>
      {DELETABLE.has(workflow.status) ? (
        <Button
          size={size}
          variant="ghost"
          aria-label={label('Delete')}
          onClick={() => setConfirmDelete(true)}
        >
          Delete
        </Button>
      ) : null}
      <Dialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={`Delete “${workflow.title}”?`}
        description="The workflow, its steps, enrolled leads and their progress are removed for good. Call logs stay available."
      >
        <div className="flex justify-end gap-2">
          <Button onClick={() => setConfirmDelete(false)}>Keep it</Button>
          <Button
            variant="danger"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(workflow.id, {
                onSuccess: () => {
                  setConfirmDelete(false)
                  toast.success(`Deleted “${workflow.title}”.`)
                  onDeleted()
                },
                onError: (error) => {
                  setConfirmDelete(false)
                  toast.error(
                    isApiError(error) && error.status === 409
                      ? `Could not delete: ${describeError(error)} Cancel the workflow first, then delete it.`
                      : `Could not delete: ${describeError(error)}`,
                  )
                },
              })
            }
          >
            {remove.isPending ? 'Deleting…' : 'Delete for good'}
          </Button>
        </div>
      </Dialog>
    </>
  )
}
