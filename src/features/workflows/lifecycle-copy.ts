import {
  STATUS_LABELS,
  type LifecycleAction,
  type WorkflowStatus,
} from '../../domain/workflow-status'
import { completionNote, leadsPhrase } from '../../domain/workflow-completion'

export { completionNote } from '../../domain/workflow-completion'

export const ACTION_LABELS: Record<LifecycleAction, string> = {
  activate: 'Activate',
  pause: 'Pause',
  resume: 'Resume',
  cancel: 'Cancel workflow',
}

const VERBS: Record<LifecycleAction, string> = {
  activate: 'activate',
  pause: 'pause',
  resume: 'resume',
  cancel: 'cancel',
}

/** What a user can do from a status, said after a refused action. */
export function nextStepsFor(status: WorkflowStatus): string {
  switch (status) {
    case 'draft':
      return 'You can activate it when preflight is clear.'
    case 'active':
      return 'You can pause or cancel it.'
    case 'paused':
      return 'You can resume or cancel it.'
    case 'completed':
      return 'It has finished; duplicate it to run it again.'
    case 'cancelled':
      return 'It was cancelled; duplicate it to run it again.'
  }
}

export function conflictMessage(action: LifecycleAction, actual: WorkflowStatus): string {
  return `Could not ${VERBS[action]}: the workflow is ${STATUS_LABELS[actual].toLowerCase()} now (changed elsewhere). ${nextStepsFor(actual)}`
}

export function failureMessage(action: LifecycleAction, reason: string): string {
  return `Could not ${VERBS[action]} the workflow: ${reason}`
}

export function successMessage(action: LifecycleAction): string {
  return {
    activate: 'Workflow activated. Leads start moving on the next scheduling tick.',
    pause: 'Workflow paused. Calls in progress finish; nothing new starts.',
    resume: 'Workflow resumed. Leads continue where they were.',
    cancel: 'Workflow cancelled.',
  }[action]
}

/** What the confirmation says before the action runs. Never speaks of calling 0 leads. */
export function consequences(action: LifecycleAction, enrolledLeads: number | undefined): string {
  switch (action) {
    case 'activate': {
      const start =
        enrolledLeads === undefined
          ? 'Every enrolled lead will start being called on the next scheduling tick.'
          : enrolledLeads === 0
            ? 'No leads are enrolled yet: nobody is called now. Leads you enrol later start at the first step.'
            : enrolledLeads === 1
              ? 'The 1 enrolled lead will start being called on the next scheduling tick.'
              : `All ${leadsPhrase(enrolledLeads)} enrolled will start being called on the next scheduling tick.`
      return `${start} Calls are real and billed. ${completionNote(enrolledLeads)}`
    }
    case 'pause':
      return 'Calls in progress finish, then no new step starts for any lead. Waits keep their remaining time and continue from there when you resume.'
    case 'resume':
      return 'Leads continue exactly where they were. Waits continue with their remaining time, not the full duration. Leads added while paused start at the first step.'
    case 'cancel':
      return 'This cannot be undone. Calls in progress finish, then no lead moves again. The workflow and its history stay available; duplicate it to run it again.'
  }
}
