import { toast } from 'sonner'
import { describeError } from '../../../api/api-error'
import type { GraphEdit, GraphEditFailure } from '../../../api/graph-mutations'

const FAILED: Record<GraphEdit, string> = {
  'add-step': 'Could not add the step',
  'save-step': 'Could not save the step',
  'move-steps': 'Could not save the new position',
  'delete-step': 'Could not delete the step',
  connect: 'Could not connect the steps',
  disconnect: 'Could not remove the connection',
}

/** What the canvas tells the user when the API refused an edit (the edit is already rolled back). */
export function graphEditFailureMessage({ edit, error }: GraphEditFailure): string {
  return `${FAILED[edit]}: ${describeError(error)}`
}

export const toastGraphEditFailure = (failure: GraphEditFailure) =>
  void toast.error(graphEditFailureMessage(failure))
