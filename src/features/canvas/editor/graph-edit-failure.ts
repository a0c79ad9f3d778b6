import { toast } from '../../../lib/toast'
import { describeError } from '../../../api/api-error'
import type { GraphEdit, GraphEditFailure } from '../../../api/graph-mutations'

const FAILED: Record<GraphEdit, string> = {
  'add-step': 'Could not add the step',
  'save-step': 'Could not save the step',
  // One dragged step or a whole tidy-up: either way every step is put back.
  'move-steps': 'Could not save the move, so no step moved',
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
